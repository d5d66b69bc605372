package dev.unroll.kernels;

import static dev.unroll.kernels.Arrays2.assertSame;
import static dev.unroll.kernels.Arrays2.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dropout and alpha dropout: the vector kernels against their scalar twins, the statistics of the
 * masks (kept fraction, scaling) and alpha dropout's promise to keep standardized SELU activations
 * at mean 0 and variance 1.
 */
@Tag("widths")
class DropoutTest {
    private final SplittableRandom rng = new SplittableRandom(11);

    @Test
    void kernelsMatchTheirScalarTwinsAndLeavePaddingAlone() {
        for (int n : new int[] {1, 7, 8, 9, 16, 33, 300}) {
            int ld = (n + 15) / 16 * 16;
            int m = 3;
            float[] x = random(rng, m * ld, 2);
            float[] dy = random(rng, m * ld, 1);
            float[] mask = new float[m * ld];
            Dropout.mask(mask, m, n, ld, 0.4, Rng.key(3, 1, 2));
            for (boolean alpha : new boolean[] {false, true}) {
                float a = alpha ? Dropout.alphaScale(0.4) : Dropout.scale(0.4);
                float b = alpha ? Dropout.alphaShift(0.4) : 0f;
                float c = alpha ? Dropout.alphaDropped(0.4) : 0f;
                float[] y = new float[m * ld];
                float[] yScalar = new float[m * ld];
                Dropout.forward(x, mask, y, m, n, ld, a, b, c);
                Dropout.forwardScalar(x, mask, yScalar, m, n, ld, a, b, c);
                assertSame(yScalar, y, "forward n=" + n + " alpha=" + alpha);
                float[] dx = new float[m * ld];
                float[] dxScalar = new float[m * ld];
                Dropout.backward(dy, mask, dx, m, n, ld, a);
                Dropout.backwardScalar(dy, mask, dxScalar, m, n, ld, a);
                assertSame(dxScalar, dx, "backward n=" + n);
                for (int i = 0; i < m; i++) {
                    for (int j = n; j < ld; j++) {
                        assertEquals(0f, y[i * ld + j], "padding stays zero");
                    }
                }
            }
        }
    }

    @Test
    void dropoutKeepsOneMinusRateAndScalesTheKeptValues() {
        int m = 1000, n = 1000;
        float[] x = new float[m * n];
        java.util.Arrays.fill(x, 1f);
        float[] y = new float[m * n];
        float[] mask = new float[m * n];
        double rate = 0.3;
        Dropout.dropout(x, y, mask, m, n, n, rate, Rng.key(42, 2, 1));
        long kept = 0;
        double sum = 0;
        for (int i = 0; i < m * n; i++) {
            if (mask[i] != 0) {
                kept++;
                assertEquals(1f / 0.7f, y[i], 1e-6f, "a kept value is scaled by 1 / (1 - rate)");
            } else {
                assertEquals(0f, y[i]);
            }
            sum += y[i];
        }
        double fraction = kept / (double) (m * n);
        // binomial standard deviation sqrt(0.21 / 1e6) = 4.6e-4: 5 of them
        assertEquals(0.7, fraction, 0.0023, "kept fraction");
        assertEquals(1.0, sum / (m * n), 0.004, "the mean is kept (inverted dropout)");
        float[] other = new float[m * n];
        Dropout.mask(other, m, n, n, rate, Rng.key(42, 2, 2));
        assertTrue(!java.util.Arrays.equals(mask, other), "another step draws another mask");
    }

    @Test
    void alphaDropoutKeepsStandardizedSeluActivationsAtMeanZeroAndVarianceOne() {
        int count = 1_000_000;
        float[] x = new float[count];
        for (int i = 0; i < count; i++) {
            double z = rng.nextGaussian();
            x[i] = (float) (1.0507009873554804934 * (z > 0 ? z : 1.6732632423543772848 * Math.expm1(z)));
        }
        float[] y = new float[count];
        float[] mask = new float[count];
        for (double rate : new double[] {0.05, 0.1, 0.2}) {
            Dropout.alphaDropout(x, y, mask, 1, count, count, rate, Rng.key(7, 0, 1));
            double[] in = moments(x);
            double[] out = moments(y);
            // SELU of N(0, 1) has mean 0 and variance 1; 1e6 draws give standard errors of 1e-3 (mean) and
            // 2e-3 (variance): the tolerance is 0.01 for both, before and after the dropout
            assertEquals(0, in[0], 0.01, "SELU mean");
            assertEquals(1, in[1], 0.01, "SELU variance");
            assertEquals(0, out[0], 0.01, "mean after alpha dropout at rate " + rate);
            assertEquals(1, out[1], 0.01, "variance after alpha dropout at rate " + rate);
        }
    }

    private static double[] moments(float[] v) {
        double sum = 0, squares = 0;
        for (float f : v) {
            sum += f;
            squares += (double) f * f;
        }
        double mean = sum / v.length;
        return new double[] {mean, squares / v.length - mean * mean};
    }
}
