package dev.unroll.kernels;

/**
 * RReLU (Xu et al., 2015) in training: every element below zero gets its own slope drawn from
 * U(lower, upper). The draw for element (i, j) is {@link Rng#uniform}(key, i·n + j), so it depends
 * on the key (model seed, layer, step) and the element only; the slopes are kept for the backward
 * pass. Inference uses the mean slope through {@link Activations#leakyRelu}.
 */
public final class RandomizedRelu {
    private RandomizedRelu() {}

    /** y = z > 0 ? z : s z with s ~ U(lower, upper); stores s in {@code slopes}. */
    public static void forwardTraining(float[] z, float[] y, float[] slopes, int m, int n, int ld,
                                       float lower, float upper, long key) {
        float width = upper - lower;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                float slope = lower + width * Rng.uniform(key, (long) i * n + j);
                slopes[at] = slope;
                y[at] = z[at] > 0f ? z[at] : slope * z[at];
            }
        }
    }

    /** dx = z > 0 ? dy : s dy, with the slopes of the forward pass. */
    public static void backward(float[] z, float[] slopes, float[] dy, float[] dx, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                dx[at] = z[at] > 0f ? dy[at] : slopes[at] * dy[at];
            }
        }
    }
}
