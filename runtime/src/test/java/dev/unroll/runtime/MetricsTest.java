package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Evaluation;
import dev.unroll.Loss;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluation's metrics against values worked out by hand (scikit-learn's definitions), and add() allocates nothing. */
class MetricsTest {
    /** Six rows, three classes; outputs at row distance 4 (padded as the generated code pads). */
    private static final float[] OUT = {
        0.7f, 0.2f, 0.1f, 0, // true 0, predicted 0
        0.3f, 0.6f, 0.1f, 0, // true 0, predicted 1 (true class second)
        0.1f, 0.8f, 0.1f, 0, // true 1, predicted 1
        0.2f, 0.3f, 0.5f, 0, // true 1, predicted 2 (true class second)
        0.1f, 0.2f, 0.7f, 0, // true 2, predicted 2
        0.5f, 0.4f, 0.1f, 0, // true 2, predicted 0 (true class third)
    };
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    @Test
    void classificationReport() {
        Metrics m = new Metrics(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, 3);
        m.add(OUT, 4, 4, LABELS, null);
        m.add(java.util.Arrays.copyOfRange(OUT, 16, 24), 4, 2, new int[] {2, 2}, null);
        Evaluation e = m.result(0.5, 0.5, 6, List.of("sun", "rain", "fog"));
        assertArrayEquals(new long[] {1, 1, 0}, e.confusionMatrix()[0]);
        assertArrayEquals(new long[] {0, 1, 1}, e.confusionMatrix()[1]);
        assertArrayEquals(new long[] {1, 0, 1}, e.confusionMatrix()[2]);
        assertEquals(0.5, e.precision(0));
        assertEquals(0.5, e.recall(0));
        assertEquals(0.5, e.f1(1));
        assertEquals(0.5, e.macroF1(), 1e-12);
        assertEquals(0.5, e.weightedRecall(), 1e-12);
        assertEquals(0.5, e.topKAccuracy(1), 1e-12);
        assertEquals(5.0 / 6, e.topKAccuracy(2), 1e-12);
        assertEquals(1.0, e.topKAccuracy(3), 1e-12);
        assertTrue(Double.isNaN(e.rootMeanSquaredError()));
        String report = e.toString();
        assertTrue(report.contains("Confusion matrix"), report);
        assertTrue(report.contains("weighted avg"), report);
        assertTrue(report.contains("fog"), report);
    }

    @Test
    void precisionOfAClassNeverPredictedIsZeroAsScikitLearn() {
        Metrics m = new Metrics(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, 3);
        m.add(new float[] {0.9f, 0.05f, 0.05f, 0.9f, 0.05f, 0.05f}, 3, 2, new int[] {0, 2}, null);
        Evaluation e = m.result(0, 0.5, 2, List.of());
        assertEquals(0, e.precision(2));
        assertEquals(0.5, e.precision(0));
        assertEquals(List.of("0", "1", "2"), e.classNames());
        assertEquals((0.5 * 1 + 0 + 0 * 1) / 2, e.weightedPrecision(), 1e-12);
    }

    @Test
    void regressionMetrics() {
        Metrics m = new Metrics(Loss.MEAN_SQUARED_ERROR, 1);
        float[] y = {1, 2, 4, 0};        // padded to 2 per row
        float[] t = {1, 3, 4, 1};
        m.add(new float[] {y[0], 0, y[1], 0, y[2], 0, y[3], 0}, 2, 4, null, t);
        Evaluation e = m.result(0.5, Double.NaN, 4, List.of());
        assertEquals(0.5, e.meanAbsoluteError(), 1e-12);
        assertEquals(Math.sqrt(0.5), e.rootMeanSquaredError(), 1e-12);
        // mean t = 2.25, SS_tot = 1.5625 + 0.5625 + 3.0625 + 1.5625 = 6.75, SS_res = 2
        assertEquals(1 - 2 / 6.75, e.r2(), 1e-12);
        assertEquals(0, e.classCount());
        assertTrue(e.toString().contains("rmse 0.7071"), e.toString());
    }

    @Test
    void binaryWithOneOutputIsATwoClassConfusionMatrix() {
        Metrics m = new Metrics(Loss.BINARY_CROSSENTROPY, 1);
        m.add(new float[] {0.9f, 0.2f, 0.6f}, 1, 3, null, new float[] {1, 1, 0});
        Evaluation e = m.result(0, 1.0 / 3, 3, List.of());
        assertArrayEquals(new long[] {0, 1}, e.confusionMatrix()[0]);
        assertArrayEquals(new long[] {1, 1}, e.confusionMatrix()[1]);
        assertTrue(Double.isNaN(e.topKAccuracy(1)));
    }

    @Test
    void addAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Metrics classes = new Metrics(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, 3);
        Metrics regression = new Metrics(Loss.MEAN_SQUARED_ERROR, 2);
        float[] targets = new float[12];
        for (int i = 0; i < 20_000; i++) {
            classes.add(OUT, 4, 6, LABELS, null);
            regression.add(OUT, 4, 6, null, targets);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1000; i++) {
            classes.add(OUT, 4, 6, LABELS, null);
            regression.add(OUT, 4, 6, null, targets);
        }
        long after = threads.getCurrentThreadAllocatedBytes();
        assertEquals(0, after - before, "bytes allocated by 2000 calls of add");
    }
}
