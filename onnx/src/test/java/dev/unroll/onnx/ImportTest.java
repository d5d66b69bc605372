package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Model;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PyTorch models, exported by {@code torch.onnx.export} (opsets 11 to 17), become interfaces that
 * javac and the processor compile; {@code load} copies the weights; {@code predict} reproduces
 * PyTorch's outputs within 1e-5 (relative, absolute below 1).
 */
class ImportTest {
    static final double TOLERANCE = 1e-5;
    private static Compiler compiled;
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    @BeforeAll
    static void compileAll() throws IOException {
        for (String name : Models.IMPORTABLE) {
            SOURCES.put(Models.interfaceName(name), Onnx.interfaceSource(Models.onnx(name), Models.interfaceName(name)));
        }
        compiled = Compiler.compile(SOURCES);
    }

    static Iterable<String> models() {
        return Models.IMPORTABLE;
    }

    @ParameterizedTest
    @MethodSource("models")
    void reproducesPyTorch(String name) throws IOException {
        Model net = compiled.create(Models.interfaceName(name));
        Onnx.load(net, Models.onnx(name));
        Matrix x = Matrix.read(Models.input(name));
        Matrix expected = Matrix.read(Models.output(name));
        assertEquals(expected.cols(), net.outputSize());
        float[] y = new float[x.rows() * net.outputSize()];
        net.predict(x.values(), x.rows(), y);
        double difference = Matrix.maxDifference(y, expected.values(), y.length);
        System.out.printf("import %-32s max difference from PyTorch %.2e%n", name, difference);
        assertTrue(difference <= TOLERANCE, name + ": " + difference + "\n" + SOURCES.get(Models.interfaceName(name)));
    }

    @Test
    void writesTheInterfaceAUserExpects() {
        String source = SOURCES.get(Models.interfaceName("mlp_softmax_op11"));
        assertTrue(source.startsWith("package imported.mlp_softmax_op11;\n"), source);
        assertTrue(source.contains("public interface Net extends Model {"), source);
        assertTrue(source.contains("@Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)"), source);
        assertTrue(source.contains("@Dense(units = 16, activation = Activation.RELU, kernelInitializer = Initializer.HE_NORMAL)\n"
                + "    DenseLayer layer1();"), source);
        assertTrue(source.contains("@Adam\n"), source);
        String bn = SOURCES.get(Models.interfaceName("bn_leaky_sigmoid_op12"));
        assertTrue(bn.contains("loss = Loss.BINARY_CROSSENTROPY"), bn);
        assertTrue(bn.contains("@BatchNormalization(momentum = 0.8, epsilon = 0.001)"), bn);
        assertTrue(bn.contains("@LeakyReLU(alpha = 0.1)"), bn);
        String prelu = SOURCES.get(Models.interfaceName("prelu_elu_bn_op13"));
        assertTrue(prelu.contains("@PReLU(shared = false)"), prelu);
        assertTrue(prelu.contains("useBias = false"), prelu);
        assertTrue(prelu.contains("@ELU(alpha = 0.7)"), prelu);
        assertTrue(prelu.contains("loss = Loss.MEAN_SQUARED_ERROR"), prelu);
        assertTrue(SOURCES.get(Models.interfaceName("selu_shared_prelu_matmul_op14")).contains("@PReLU(shared = true)"));
    }
}
