package dev.unroll.runtime;

import dev.unroll.Loss;
import dev.unroll.kernels.Losses;

/**
 * The weighted loss Σ w_i l_i / m of the last training forward, read off the output buffer with
 * the per-row formulas of {@link Losses} (probabilities clipped to [1e-7, 1 - 1e-7] for the
 * logarithms; Huber with δ = 1 and mean absolute error averaged over the outputs, as Keras 3): what
 * {@code fit} reports with class or sample weights. Allocates nothing.
 */
final class WeightedLoss {
    private WeightedLoss() {}

    /** Σ w_i l_i / m, the weighted data loss alone. */
    static float of(Loss loss, float[] p, int ld, int n, int[] labels, float[] t, float[] w, int m) {
        return (float) (sum(loss, p, ld, n, labels, t, w, 0, m) / m);
    }

    /**
     * What {@code fit} reports for a weighted step, given {@code unweighted}, the value of the
     * generated {@code lossOf}: the data loss plus the weight penalties of the kernels, which the
     * generated code adds but does not report separately. Adding Σ (w_i − 1) l_i / m to it swaps the
     * unweighted data loss for the weighted one and keeps the penalties, so with every weight 1 the
     * weighted loss is the unweighted one bit for bit.
     */
    static float reported(float unweighted, Loss loss, float[] p, int ld, int n, int[] labels, float[] t, float[] w,
                          int m) {
        return (float) (unweighted + sum(loss, p, ld, n, labels, t, w, 1, m) / m);
    }

    /** Σ (w_i − shift) l_i, in double. */
    private static double sum(Loss loss, float[] p, int ld, int n, int[] labels, float[] t, float[] w, int shift,
                              int m) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double weight = (double) w[i] - shift; // exact in double, whatever the weight
            if (weight != 0) { // also skips the rows that cost nothing, the common case of reported with weights 1
                sum += weight * row(loss, p, i * ld, n, labels, t, i);
            }
        }
        return sum;
    }

    /** The loss l_i of the row {@code i}, whose n predictions start at {@code row}. */
    private static double row(Loss loss, float[] p, int row, int n, int[] labels, float[] t, int i) {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> -log(p[row + labels[i]]);
            case CATEGORICAL_CROSSENTROPY -> categorical(p, row, n, t, i);
            case BINARY_CROSSENTROPY -> binary(p, row, n, t, i);
            case MEAN_SQUARED_ERROR -> squared(p, row, n, t, i);
            case HUBER -> huber(p, row, n, t, i);
            case MEAN_ABSOLUTE_ERROR -> absolute(p, row, n, t, i);
        };
    }

    private static double categorical(float[] p, int row, int n, float[] t, int i) {
        double l = 0;
        for (int j = 0; j < n; j++) {
            l -= t[i * n + j] * log(p[row + j]);
        }
        return l;
    }

    private static double binary(float[] p, int row, int n, float[] t, int i) {
        double l = 0;
        for (int j = 0; j < n; j++) {
            float target = t[i * n + j];
            l -= target * log(p[row + j]) + (1f - target) * log(1f - p[row + j]);
        }
        return l / n;
    }

    private static double squared(float[] y, int row, int n, float[] t, int i) {
        double l = 0;
        for (int j = 0; j < n; j++) {
            float e = y[row + j] - t[i * n + j];
            l += (double) e * e;
        }
        return l / n;
    }

    /** Huber with δ = 1, as {@link Losses#huber}: e²/2 where |e| ≤ 1, |e| − 1/2 beyond, averaged over the outputs. */
    private static double huber(float[] y, int row, int n, float[] t, int i) {
        double l = 0;
        for (int j = 0; j < n; j++) {
            float e = y[row + j] - t[i * n + j];
            float size = Math.abs(e);
            l += size <= 1f ? 0.5 * e * e : size - 0.5;
        }
        return l / n;
    }

    /** |e| averaged over the outputs, as {@link Losses#meanAbsoluteError}. */
    private static double absolute(float[] y, int row, int n, float[] t, int i) {
        double l = 0;
        for (int j = 0; j < n; j++) {
            l += Math.abs(y[row + j] - t[i * n + j]);
        }
        return l / n;
    }

    private static double log(float p) {
        return StrictMath.log(Math.min(Math.max(p, Losses.EPSILON), 1f - Losses.EPSILON));
    }
}
