package dev.unroll.processor;

import static dev.unroll.processor.testing.Reference.floats;
import static dev.unroll.processor.testing.Reference.list;
import static dev.unroll.processor.testing.Reference.map;
import static dev.unroll.processor.testing.Reference.number;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Model;
import dev.unroll.processor.testing.InMemoryCompiler;
import dev.unroll.processor.testing.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases of {@code reference/chapter.json} (written by {@code reference/make_chapter_vectors.py}
 * in float64, Keras 3 formulas): Nadam, Adamax, AdamW, weight decay with every optimizer, l1/l2
 * penalties, max-norm, Huber and MAE. Each case is a {@code Dense(4, tanh) -> Dense(3)} network
 * compiled by the processor, set to the file's initial parameters and trained for 3 steps with
 * {@code trainBatch}; after each step the loss, the gradients and the new parameters must agree
 * within {@link #TOLERANCE} of the float64 values (absolute, or relative above 1).
 */
@Tag("widths")
class ChapterVectorsTest {
    static final String PACKAGE = "chapter";
    /** float32 against float64 over three steps; the largest deviation seen is printed after the run. */
    static final double TOLERANCE = 2e-6;
    static final Map<String, Double> WORST = new LinkedHashMap<>();
    private static InMemoryCompiler.Result compiled;

    static Map<String, Object> doc() {
        return Reference.load("chapter");
    }

    static synchronized InMemoryCompiler.Result compiled() {
        if (compiled == null) {
            Map<String, String> sources = new LinkedHashMap<>();
            for (Object c : list(doc().get("cases"))) {
                Map<String, Object> testCase = map(c);
                sources.put(PACKAGE + "." + name(testCase), source(testCase));
            }
            compiled = InMemoryCompiler.compile(sources);
            assertTrue(compiled.success(), compiled::describe);
        }
        return compiled;
    }

    static String name(Map<String, Object> testCase) {
        return "Case_" + testCase.get("name");
    }

    static String source(Map<String, Object> testCase) {
        String dense = (String) testCase.get("dense");
        String extra = dense.isEmpty() ? "" : ", " + dense;
        return "package " + PACKAGE + ";\n\nimport dev.unroll.*;\n\n"
                + "@Network(inputs = 5, loss = Loss." + testCase.get("loss") + ", batchSize = 4)\n"
                + testCase.get("optimizer") + "\n"
                + "public interface " + name(testCase) + " extends Model {\n"
                + "    @Dense(units = 4, activation = Activation.TANH" + extra + ")\n    DenseLayer dense_0();\n\n"
                + "    @Dense(units = 3" + extra + ")\n    DenseLayer dense_1();\n}\n";
    }

    @TestFactory
    Stream<DynamicTest> chapterVectors() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : list(doc().get("cases"))) {
            Map<String, Object> testCase = map(c);
            tests.add(DynamicTest.dynamicTest((String) testCase.get("name"), () -> run(testCase)));
        }
        return tests.stream();
    }

    private void run(Map<String, Object> testCase) throws ReflectiveOperationException {
        Map<String, Object> doc = doc();
        Model net = (Model) compiled().load(PACKAGE + ".Unrolled" + name(testCase)).getMethod("create").invoke(null);
        net.setParameters(floats(doc.get("initial_parameters")));
        float[] x = floats(map(doc.get("batch")).get("x"));
        float[] targets = floats(map(doc.get("batch")).get("targets"));
        float[] gradients = new float[net.parameterCount()];
        float[] parameters = new float[net.parameterCount()];
        int step = 0;
        for (Object s : list(testCase.get("steps"))) {
            step++;
            Map<String, Object> expected = map(s);
            float loss = net.trainBatch(x, targets, 4);
            String at = testCase.get("name") + " step " + step;
            check(at + " loss", new float[] {loss}, new float[] {(float) number(expected.get("loss"))});
            net.copyGradientsTo(gradients);
            check(at + " gradients", gradients, floats(expected.get("gradients")));
            net.copyParametersTo(parameters);
            check(at + " parameters", parameters, floats(expected.get("parameters")));
        }
    }

    /** The dropout kernels with the file's recorded mask: forward and backward, dropout and alpha dropout. */
    @org.junit.jupiter.api.Test
    void dropoutWithARecordedMask() {
        Map<String, Object> d = map(doc().get("dropout"));
        float[] x = floats(d.get("x"));
        float[] dy = floats(d.get("dy"));
        float[] mask = floats(d.get("mask"));
        int m = list(d.get("x")).size();
        int n = x.length / m;
        for (String kind : List.of("dropout", "alpha_dropout")) {
            Map<String, Object> expected = map(d.get(kind));
            double rate = number(expected.get("rate"));
            boolean alpha = kind.equals("alpha_dropout");
            float a = alpha ? dev.unroll.kernels.Dropout.alphaScale(rate) : dev.unroll.kernels.Dropout.scale(rate);
            float b = alpha ? dev.unroll.kernels.Dropout.alphaShift(rate) : 0f;
            float c = alpha ? dev.unroll.kernels.Dropout.alphaDropped(rate) : 0f;
            if (alpha) {
                check(kind + " constants", new float[] {a, b},
                        new float[] {(float) number(expected.get("a")), (float) number(expected.get("b"))});
            }
            float[] y = new float[x.length];
            float[] dx = new float[x.length];
            dev.unroll.kernels.Dropout.forward(x, mask, y, m, n, n, a, b, c);
            dev.unroll.kernels.Dropout.backward(dy, mask, dx, m, n, n, a);
            check(kind + " outputs", y, floats(expected.get("y")));
            check(kind + " gradients", dx, floats(expected.get("dx")));
        }
    }

    static void check(String what, float[] actual, float[] expected) {
        assertTrue(actual.length == expected.length, what + ": length");
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            double deviation = Math.abs((double) actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
            worst = Math.max(worst, deviation);
            assertTrue(deviation <= TOLERANCE, what + "[" + i + "]: " + actual[i] + " against " + expected[i]);
        }
        synchronized (WORST) {
            WORST.merge(what.substring(what.lastIndexOf(' ') + 1), worst, Math::max);
        }
    }

    @AfterAll
    static void report() {
        System.out.println("chapter vectors: largest deviations " + WORST);
    }
}
