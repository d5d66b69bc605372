package dev.unroll.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The baseline is the benchmarked network: from the same weights it gives the same losses and predictions. */
class ScalarMlpTest {
    @Test
    void trainsLikeTheGeneratedNetwork() {
        Mlp32 unrolled = UnrolledMlp32.create();
        float[] parameters = new float[unrolled.parameterCount()];
        unrolled.copyParametersTo(parameters);
        ScalarMlp scalar = new ScalarMlp(32, parameters);
        Inputs inputs = new Inputs(32);
        for (int step = 0; step < 5; step++) {
            inputs.advance();
            float expected = unrolled.trainBatch(inputs.x(), inputs.labels(), 32);
            float actual = scalar.trainBatch(inputs.x(), inputs.labels());
            assertEquals(expected, actual, 1e-4 * expected, "loss of step " + step);
        }
        float[] expected = new float[32 * 10], actual = new float[32 * 10];
        unrolled.predict(inputs.x(), 32, expected);
        scalar.predict(inputs.x(), 32, actual);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-4, "probability " + i);
        }
    }
}
