package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.unroll.Model;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import dev.unroll.onnx.proto.OnnxProto.NodeProto;
import dev.unroll.onnx.proto.OnnxProto.StringStringEntryProto;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every activation and batch-norm placement, exported and run in ONNX Runtime, matches {@code predict}. */
class ExportTest {
    static final List<TestNets.Case> NETS = TestNets.ALL;

    @TempDir Path dir;

    @ParameterizedTest
    @FieldSource("NETS")
    void onnxRuntimeMatchesPredict(TestNets.Case net) throws IOException, OrtException {
        Model model = net.trained();
        Path file = dir.resolve(net.name() + ".onnx");
        Onnx.export(model, file);
        float[] x = TestNets.inputs(model);
        float[] expected = TestNets.predict(model, x);
        float[] actual = runOnnxRuntime(file, x, model.inputSize());
        double difference = Matrix.maxDifference(actual, expected, expected.length);
        System.out.printf("export %-16s max difference ONNX Runtime vs predict %.2e%n", net.name(), difference);
        assertTrue(difference <= 1e-5, net.name() + ": " + difference);
    }

    static float[] runOnnxRuntime(Path file, float[] x, int features) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(file.toString(), options);
                 OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x),
                         new long[] {x.length / features, features});
                 OrtSession.Result result = session.run(Map.of("input", input))) {
                float[][] y = (float[][]) result.get(0).getValue();
                float[] flat = new float[y.length * y[0].length];
                for (int i = 0; i < y.length; i++) {
                    System.arraycopy(y[i], 0, flat, i * y[0].length, y[0].length);
                }
                return flat;
            }
        }
    }

    @Test
    void writesAValidGraphWithItsMetadata() throws IOException {
        Model model = NETS.get(0).trained();
        Path file = dir.resolve("net.onnx");
        Onnx.export(model, file);
        ModelProto proto = ModelProto.parseFrom(Files.readAllBytes(file));
        assertTrue(proto.getOpsetImport(0).getVersion() >= 13);
        assertEquals("batch", proto.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimParam());
        Map<String, String> metadata = proto.getMetadataPropsList().stream()
                .collect(Collectors.toMap(StringStringEntryProto::getKey, StringStringEntryProto::getValue));
        assertEquals("dev.unroll.onnx.nets.ActivationsNet", metadata.get("unroll.network"));
        assertEquals("0.1.0-SNAPSHOT", metadata.get("unroll.version"));
        assertEquals(model.layers().stream().map(l -> l.name()).collect(Collectors.joining(",")),
                metadata.get("unroll.layers"));
        // structurally valid: every node input is the graph input, an initializer or an earlier output
        Set<String> known = new HashSet<>();
        known.add("input");
        proto.getGraph().getInitializerList().forEach(t -> known.add(t.getName()));
        Set<String> nodeNames = new HashSet<>();
        for (NodeProto node : proto.getGraph().getNodeList()) {
            assertTrue(known.containsAll(node.getInputList()), node.toString());
            assertTrue(nodeNames.add(node.getName()), "duplicate node name " + node.getName());
            for (String output : node.getOutputList()) {
                assertTrue(known.add(output), "tensor written twice: " + output);
            }
        }
        assertTrue(known.contains("output"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    /** python3-onnx's checker (full check, with shape inference) accepts every exported file. */
    @Test
    void theOnnxCheckerAcceptsTheFiles() throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        boolean present = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import onnx")
                .redirectErrorStream(true).start().waitFor() == 0;
        Assumptions.assumeTrue(present, "skipped: /usr/bin/python3 with the onnx package (python3-onnx) is not installed");
        StringBuilder files = new StringBuilder();
        for (TestNets.Case net : NETS) {
            Path file = dir.resolve(net.name() + ".onnx");
            Onnx.export(net.trained(), file);
            files.append(files.length() == 0 ? "" : ",").append('"').append(file).append('"');
        }
        Process check = new ProcessBuilder(python.toString(), "-c", "import onnx\nfor f in [" + files
                + "]:\n    onnx.checker.check_model(onnx.load(f), full_check=True)\nprint('ok')")
                .redirectErrorStream(true).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        String out = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.exitValue(), out);
        assertTrue(out.contains("ok"), out);
    }
}
