package dev.unroll.runtime;

import dev.unroll.Loss;
import dev.unroll.kernels.Losses;

/**
 * The weighted loss Σ w_i l_i / m of the last training forward, read off the output buffer with
 * the formulas of {@link Losses} (probabilities clipped to [1e-7, 1 - 1e-7] for the logarithms):
 * what {@code fit} reports with class or sample weights. Allocates nothing.
 */
final class WeightedLoss {
    private WeightedLoss() {}

    static float of(Loss loss, float[] p, int ld, int n, int[] labels, float[] t, float[] w, int m) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            double l = 0;
            switch (loss) {
                case SPARSE_CATEGORICAL_CROSSENTROPY -> l = -log(p[row + labels[i]]);
                case CATEGORICAL_CROSSENTROPY -> {
                    for (int j = 0; j < n; j++) {
                        l -= t[i * n + j] * log(p[row + j]);
                    }
                }
                case BINARY_CROSSENTROPY -> {
                    for (int j = 0; j < n; j++) {
                        float target = t[i * n + j];
                        l -= target * log(p[row + j]) + (1f - target) * log(1f - p[row + j]);
                    }
                    l /= n;
                }
                case MEAN_SQUARED_ERROR -> {
                    for (int j = 0; j < n; j++) {
                        double e = p[row + j] - t[i * n + j];
                        l += e * e;
                    }
                    l /= n;
                }
                default -> throw new IllegalArgumentException("weighted training does not support " + loss + " yet");
            }
            sum += w[i] * l;
        }
        return (float) (sum / m);
    }

    private static double log(float p) {
        return StrictMath.log(Math.min(Math.max(p, Losses.EPSILON), 1f - Losses.EPSILON));
    }
}
