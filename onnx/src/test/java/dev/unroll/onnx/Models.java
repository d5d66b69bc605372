package dev.unroll.onnx;

import java.nio.file.Path;
import java.util.List;

/** The PyTorch-exported test models of src/test/resources/models (written by src/test/python/make_models.py). */
final class Models {
    static final Path DIR = Path.of("src/test/resources/models");

    /** The importable ones, opsets 11 to 17. */
    static final List<String> IMPORTABLE = List.of("mlp_softmax_op11", "bn_leaky_sigmoid_op12", "prelu_elu_bn_op13",
            "selu_shared_prelu_matmul_op14", "gemm_transb0_sigmoid_elu_op15", "dropout_op16", "bn_fresh_identity_op17");

    private Models() {}

    static Path onnx(String name) {
        return DIR.resolve(name + ".onnx");
    }

    static Path input(String name) {
        return DIR.resolve(name + ".input.txt");
    }

    static Path output(String name) {
        return DIR.resolve(name + ".output.txt");
    }

    /** The interface name a test gives a model: {@code imported.mlp_softmax_op11.Net}. */
    static String interfaceName(String name) {
        return "imported." + name + ".Net";
    }
}
