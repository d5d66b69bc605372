package dev.unroll.onnx;

import dev.unroll.Model;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;

/**
 * ONNX in and out. A feed-forward ONNX graph (from PyTorch's {@code torch.onnx.export} or Keras'
 * tf2onnx) becomes the source of a {@code @Network} interface ({@link #interfaceSource}); once that
 * is compiled, {@link #load} copies the file's weights into the network, which then predicts as
 * the original did and trains with {@code fit}. {@link #export} writes any Unroll network's
 * inference graph for ONNX Runtime and other tools. docs/onnx.md has the op table.
 */
public final class Onnx {
    private Onnx() {}

    /**
     * The Java source of a {@code @Network} interface for the graph in {@code onnxFile}: for
     * {@code a.b.Net}, {@code public interface Net extends Model} in package {@code a.b}, whose
     * generated class is {@code a.b.UnrolledNet}.
     *
     * @throws OnnxFormatException if the file is not a readable ONNX model, or its graph is not a
     *     chain of supported ops (the message names the node, its op and what is supported)
     * @throws IllegalArgumentException if {@code qualifiedName} is not a Java type name
     */
    public static String interfaceSource(Path onnxFile, String qualifiedName) throws IOException {
        if (qualifiedName == null || !SourceVersion.isName(qualifiedName)) {
            throw new IllegalArgumentException("'" + qualifiedName + "' is not a qualified Java type name");
        }
        ModelProto model = OnnxFiles.read(onnxFile);
        Chain chain = GraphReader.read(onnxFile, model);
        String note = onnxFile.getFileName() + " (opset " + opset(model) + (model.getProducerName().isEmpty() ? ""
                : ", " + model.getProducerName() + " " + model.getProducerVersion()) + ")";
        return InterfaceWriter.write(chain, qualifiedName, note);
    }

    /**
     * Copies the weights of {@code onnxFile} into {@code net}: kernels (an {@code [out][in]}
     * matrix transposed), biases, batch-norm scale, bias, mean and variance, PReLU slopes. The
     * network's layers must match the graph one by one (kinds, sizes, activations and their
     * slopes, batch-norm epsilon); the graph's Dense-and-activation pairs may be one Dense layer
     * with that activation or two layers.
     *
     * @throws OnnxFormatException if the file is not a readable, supported ONNX model
     * @throws IllegalArgumentException at the first difference between the graph and the network;
     *     nothing is changed then
     */
    public static void load(Model net, Path onnxFile) throws IOException {
        ModelProto model = OnnxFiles.read(onnxFile);
        Chain chain = GraphReader.read(onnxFile, model);
        try {
            WeightLoader.load(net, chain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(onnxFile + " does not fit " + net + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the inference graph of {@code net} (opset 13, a dynamic batch dimension, batch
     * normalization with its moving statistics, RReLU as LeakyRelu with its mean slope) with the
     * network's name, Unroll's version and the layer names as metadata. The file is written
     * atomically: a temporary file in the same directory, then a rename.
     */
    public static void export(Model net, Path onnxFile) throws IOException {
        OnnxFiles.write(Exporter.export(net, networkName(net)), onnxFile);
    }

    /** The interface the generated class implements (its name is the network's name). */
    private static String networkName(Model net) {
        for (Class<?> type : net.getClass().getInterfaces()) {
            if (type != Model.class) {
                return type.getName();
            }
        }
        return net.getClass().getName();
    }

    private static long opset(ModelProto model) {
        return model.getOpsetImportList().stream().filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .mapToLong(o -> o.getVersion()).findFirst().orElse(0);
    }

    /** {@code java -cp … dev.unroll.onnx.Onnx interface model.onnx com.example.Net} prints the source. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 3 || !args[0].equals("interface")) {
            System.err.println("usage: java -cp … dev.unroll.onnx.Onnx interface model.onnx com.example.Net");
            System.exit(2);
            return;
        }
        try {
            out.print(interfaceSource(Path.of(args[1]), args[2]));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
