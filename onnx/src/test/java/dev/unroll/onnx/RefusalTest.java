package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.BatchNormLayer;
import dev.unroll.Model;
import dev.unroll.onnx.nets.UnrolledBatchNormNet;
import dev.unroll.onnx.nets.UnrolledRegressionNet;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import dev.unroll.onnx.proto.OnnxProto.NodeProto;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsupported ops, non-sequential graphs, wrong shapes and bad files: a clear message, and the network unchanged. */
class RefusalTest {
    @TempDir Path dir;

    @Test
    void anUnsupportedOpIsNamedWithWhatIsSupported() {
        OnnxFormatException e = assertThrows(OnnxFormatException.class,
                () -> Onnx.interfaceSource(Models.onnx("refuse_abs_op13"), "a.Net"));
        assertTrue(e.getMessage().contains("refuse_abs_op13.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("node '/1/Abs' (Abs) is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("Gemm, MatMul (+ Add), BatchNormalization"), e.getMessage());
    }

    @Test
    void aSkipConnectionIsRefused() {
        OnnxFormatException e = assertThrows(OnnxFormatException.class,
                () -> Onnx.interfaceSource(Models.onnx("refuse_residual_op13"), "a.Net"));
        assertTrue(e.getMessage().contains("sequential"), e.getMessage());
        assertTrue(e.getMessage().contains("'input'"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsNamedAndChangesNothing() throws IOException {
        byte[] whole = Files.readAllBytes(Models.onnx("bn_leaky_sigmoid_op12"));
        Model net = UnrolledBatchNormNet.create();
        float[] before = state(net);
        for (int length : new int[] {0, 7, whole.length / 2, whole.length - 3}) {
            Path cut = dir.resolve("cut" + length + ".onnx");
            Files.write(cut, Arrays.copyOf(whole, length));
            OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> Onnx.load(net, cut));
            assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("empty"), e.getMessage());
            assertThrows(OnnxFormatException.class, () -> Onnx.interfaceSource(cut, "a.Net"));
        }
        assertThrows(OnnxFormatException.class, () -> Onnx.load(net, dir.resolve("missing.onnx")));
        assertArrayEquals(before, state(net));
    }

    @Test
    void wrongShapesNameTheFirstDifferenceAndChangeNothing() throws IOException {
        Model net = UnrolledRegressionNet.create();
        float[] before = state(net);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Onnx.load(net, Models.onnx("prelu_elu_bn_op13")));
        assertTrue(e.getMessage().contains("inputs"), e.getMessage());
        assertArrayEquals(before, state(net));
    }

    @Test
    void aLaterMismatchLeavesTheEarlierLayersUnchanged() throws IOException {
        // same first layers as the export of another net, then a different one: nothing is written
        Model source = TestNets.ALL.get(1).trained();
        Path file = dir.resolve("bn.onnx");
        Onnx.export(source, file);
        Model other = UnrolledRegressionNet.create();
        float[] before = state(other);
        assertThrows(IllegalArgumentException.class, () -> Onnx.load(other, file));
        assertArrayEquals(before, state(other));

        // the export of a BatchNormNet whose ninth layer, LeakyReLU, has another slope: layers 1 to 8
        // match, and still none of them is written
        ModelProto proto = ModelProto.parseFrom(Files.readAllBytes(file));
        ModelProto.Builder changed = proto.toBuilder();
        for (NodeProto.Builder node : changed.getGraphBuilder().getNodeBuilderList()) {
            if (node.getName().equals("leaky")) {
                node.getAttributeBuilder(0).setF(0.25f);
            }
        }
        Path slope = dir.resolve("slope.onnx");
        Files.write(slope, changed.build().toByteArray());
        Model same = UnrolledBatchNormNet.create();
        float[] fresh = state(same);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Onnx.load(same, slope));
        assertTrue(e.getMessage().contains("layer 9 'leaky' applies leaky_relu with alpha 0.3, but the file's graph has"
                + " node 'leaky' (LeakyRelu) with alpha 0.25"), e.getMessage());
        assertArrayEquals(fresh, state(same));
        Onnx.load(same, file);
        assertArrayEquals(state(source), state(same));
    }

    @Test
    void weightsOfTheWrongShapeAreNamed() throws IOException {
        Path file = dir.resolve("regression.onnx");
        Onnx.export(UnrolledRegressionNet.create(), file);
        ModelProto.Builder proto = ModelProto.parseFrom(Files.readAllBytes(file)).toBuilder();
        for (var tensor : proto.getGraphBuilder().getInitializerBuilderList()) {
            if (tensor.getName().equals("hidden.kernel")) {
                tensor.clearDims().addDims(5).addDims(8); // 4 × 10 before: the same 40 values
            }
        }
        Path reshaped = dir.resolve("reshaped.onnx");
        Files.write(reshaped, proto.build().toByteArray());
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> Onnx.interfaceSource(reshaped, "a.Net"));
        assertTrue(e.getMessage().contains("node 'hidden' (Gemm) takes 5 inputs, but the tensor before it has 4 features"),
                e.getMessage());
        Model net = UnrolledRegressionNet.create();
        float[] before = state(net);
        assertThrows(OnnxFormatException.class, () -> Onnx.load(net, reshaped));
        assertArrayEquals(before, state(net));
    }

    @Test
    void aBadInterfaceNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Onnx.interfaceSource(Models.onnx("dropout_op16"), "a.b-c"));
    }

    @Test
    void theCommandLinePrintsTheSource() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Onnx.main(new String[] {"interface", Models.onnx("dropout_op16").toString(), "com.example.Net"});
        } finally {
            System.setOut(saved);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).equals(
                Onnx.interfaceSource(Models.onnx("dropout_op16"), "com.example.Net")));
    }

    /** Parameters and moving statistics, flat. */
    static float[] state(Model net) {
        float[] parameters = new float[net.parameterCount()];
        net.copyParametersTo(parameters);
        float[] all = parameters;
        for (var layer : net.layers()) {
            if (layer instanceof BatchNormLayer bn) {
                all = concat(all, bn.movingMean(), bn.movingVariance());
            }
        }
        return all;
    }

    private static float[] concat(float[] a, float[] b, float[] c) {
        float[] out = Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }
}
