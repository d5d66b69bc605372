package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unroll → ONNX → {@code interfaceSource} + {@code load} gives identical predictions; the file
 * also loads back into a fresh network of the original interface (whose separate activation
 * layers, RReLU and LINEAR layers the importer matches).
 */
class RoundTripTest {
    private static Path dir;
    private static final Map<String, Model> ORIGINALS = new LinkedHashMap<>();
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();
    private static Compiler compiled;

    @BeforeAll
    static void exportAndImport() throws IOException {
        dir = Files.createTempDirectory("unroll-onnx-roundtrip");
        for (TestNets.Case net : TestNets.ALL) {
            Model model = net.trained();
            Path file = dir.resolve(net.name() + ".onnx");
            Onnx.export(model, file);
            ORIGINALS.put(net.name(), model);
            SOURCES.put("roundtrip." + net.name(), Onnx.interfaceSource(file, "roundtrip." + net.name()));
        }
        compiled = Compiler.compile(SOURCES);
    }

    @AfterAll
    static void clean() throws IOException {
        for (String name : ORIGINALS.keySet()) {
            Files.deleteIfExists(dir.resolve(name + ".onnx"));
        }
        Files.deleteIfExists(dir);
    }

    @Test
    void theImportedNetworkPredictsExactlyAsTheOriginal() throws IOException {
        for (TestNets.Case net : TestNets.ALL) {
            Model original = ORIGINALS.get(net.name());
            Model imported = compiled.create("roundtrip." + net.name());
            Onnx.load(imported, dir.resolve(net.name() + ".onnx"));
            float[] x = TestNets.inputs(original);
            float[] expected = TestNets.predict(original, x);
            float[] actual = TestNets.predict(imported, x);
            double difference = Matrix.maxDifference(actual, expected, expected.length);
            System.out.printf("round trip %-16s max difference %.2e%n", net.name(), difference);
            assertArrayEquals(expected, actual, net.name() + "\n" + SOURCES.get("roundtrip." + net.name()));
        }
    }

    @Test
    void theFileLoadsBackIntoTheOriginalInterface() throws IOException {
        for (TestNets.Case net : TestNets.ALL) {
            Model original = ORIGINALS.get(net.name());
            Model fresh = net.create().get();
            Onnx.load(fresh, dir.resolve(net.name() + ".onnx"));
            float[] x = TestNets.inputs(original);
            assertArrayEquals(TestNets.predict(original, x), TestNets.predict(fresh, x), net.name());
            float[] a = new float[original.parameterCount()];
            float[] b = new float[fresh.parameterCount()];
            original.copyParametersTo(a);
            fresh.copyParametersTo(b);
            assertArrayEquals(a, b, net.name());
        }
    }

    @Test
    void layerNamesSurvive() {
        String source = SOURCES.get("roundtrip.BatchNormNet");
        for (String name : new String[] {"inputNorm()", "hidden1()", "bn1()", "relu1()", "hidden2()", "bn2()",
                "hidden3()", "bn3()", "leaky()", "output()"}) {
            assertTrue(source.contains(" " + name + ";"), name + " in\n" + source);
        }
        assertTrue(source.contains("@BatchNormalization(momentum = 0.9, epsilon = 1.0E-5)"), source);
        assertTrue(source.contains("loss = Loss.BINARY_CROSSENTROPY"), source);
    }
}
