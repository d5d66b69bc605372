package dev.unroll.kernels;

/**
 * The six losses, each returning the mean loss over m examples (accumulated in double) and
 * writing the gradient {@code delta} of that mean. Predictions are m rows of n values at row
 * distance ld; targets are unpadded ({@code t[i * n + j]}).
 *
 * <p>The cross-entropies take probabilities and are fused with the output activation: they
 * write dL/dz of the softmax or sigmoid input, never dL/dp. For the loss value, probabilities
 * are clipped to [1e-7, 1 - 1e-7] as in Keras.
 */
public final class Losses {
    /** Keras' {@code epsilon()}: the clipping bound of probabilities. */
    public static final float EPSILON = 1e-7f;

    private Losses() {}

    private static double clippedLog(float p) {
        return StrictMath.log(Math.min(Math.max(p, EPSILON), 1f - EPSILON));
    }

    /** −log p[y], fused with softmax: dL/dz = (p − onehot(y)) / m. */
    public static float sparseCategoricalCrossentropy(float[] p, int[] labels, float[] delta,
                                                      int m, int n, int ld) {
        double loss = 0;
        float inverseM = 1f / m;
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            int label = labels[i];
            loss -= clippedLog(p[row + label]);
            for (int j = 0; j < n; j++) {
                delta[row + j] = (p[row + j] - (j == label ? 1f : 0f)) * inverseM;
            }
        }
        return (float) (loss / m);
    }

    /** −Σ t log p, fused with softmax: dL/dz = (p Σt − t) / m (exact for targets that do not sum to 1). */
    public static float categoricalCrossentropy(float[] p, float[] t, float[] delta, int m, int n, int ld) {
        double loss = 0;
        float inverseM = 1f / m;
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            float targetSum = 0f;
            for (int j = 0; j < n; j++) {
                float target = t[i * n + j];
                targetSum += target;
                loss -= target * clippedLog(p[row + j]);
            }
            for (int j = 0; j < n; j++) {
                delta[row + j] = (p[row + j] * targetSum - t[i * n + j]) * inverseM;
            }
        }
        return (float) (loss / m);
    }

    /** −mean(t log p + (1 − t) log(1 − p)) over all m·n outputs, fused with sigmoid: dL/dz = (p − t) / (m n). */
    public static float binaryCrossentropy(float[] p, float[] t, float[] delta, int m, int n, int ld) {
        double loss = 0;
        float scale = 1f / ((float) m * n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < n; j++) {
                float pj = p[row + j];
                float target = t[i * n + j];
                loss -= target * clippedLog(pj) + (1f - target) * clippedLog(1f - pj);
                delta[row + j] = (pj - target) * scale;
            }
        }
        return (float) (loss / ((double) m * n));
    }

    /** Huber with δ = 1: mean of e²/2 (|e| ≤ 1) or |e| − 1/2; dy = clamp(e, −1, 1) / (m n). */
    public static float huber(float[] y, float[] t, float[] delta, int m, int n, int ld) {
        double loss = 0;
        float scale = 1f / ((float) m * n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < n; j++) {
                float e = y[row + j] - t[i * n + j];
                float size = Math.abs(e);
                loss += size <= 1f ? 0.5 * e * e : size - 0.5;
                delta[row + j] = Math.min(Math.max(e, -1f), 1f) * scale;
            }
        }
        return (float) (loss / ((double) m * n));
    }

    /** Mean absolute error: mean of |e|; dy = sign(e) / (m n). */
    public static float meanAbsoluteError(float[] y, float[] t, float[] delta, int m, int n, int ld) {
        double loss = 0;
        float scale = 1f / ((float) m * n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < n; j++) {
                float e = y[row + j] - t[i * n + j];
                loss += Math.abs(e);
                delta[row + j] = Math.signum(e) * scale;
            }
        }
        return (float) (loss / ((double) m * n));
    }

    /** mean((y − t)²) over all m·n outputs: dL/dy = 2 (y − t) / (m n). */
    public static float meanSquaredError(float[] y, float[] t, float[] delta, int m, int n, int ld) {
        double loss = 0;
        float scale = 2f / ((float) m * n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < n; j++) {
                float diff = y[row + j] - t[i * n + j];
                loss += (double) diff * diff;
                delta[row + j] = diff * scale;
            }
        }
        return (float) (loss / ((double) m * n));
    }

    /**
     * Multiplies each of the m rows of the loss gradient {@code delta} (n values at row distance
     * ld) by its weight: the gradient of the weighted loss Σ w_i l_i / m (Keras' class and sample
     * weights, reduced over the batch size).
     */
    public static void weighRows(float[] delta, float[] weights, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            float w = weights[i];
            int row = i * ld;
            for (int j = 0; j < n; j++) {
                delta[row + j] *= w;
            }
        }
    }
}
