package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dropout (Srivastava et al., 2014), inverted as in Keras 3, and alpha dropout (Klambauer et al.,
 * 2017). Both keep element (i, j) when {@link Rng#uniform}(key, i·n + j) ≥ rate, so the mask is a
 * function of the key (model seed, layer, step) and the element only, like RReLU's slopes; the
 * mask (1 kept, 0 dropped) is kept for the backward pass. Both are one affine map of the kept
 * values and a constant for the dropped ones: {@code y = mask ? a x + b : c}, {@code dx = mask ? a dy : 0}:
 * dropout has {@code a = 1/(1 − r)}, {@code b = c = 0}; alpha dropout {@code a = ((1 − r)(1 + r α′²))^−½},
 * {@code b = −a α′ r}, {@code c = a α′ + b} with {@code α′ = −λα} of SELU. Only the first {@code n}
 * columns of each row are written: padding stays zero.
 */
public final class Dropout {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** α′ = −λα, SELU's negative saturation value. */
    public static final double ALPHA_PRIME = -1.0507009873554804934 * 1.6732632423543772848;

    private Dropout() {}

    /** Dropout's scale of the kept values, 1/(1 − r). */
    public static float scale(double rate) {
        return (float) (1.0 / (1.0 - rate));
    }

    /** Alpha dropout's a = ((1 − r)(1 + r α′²))^−½. */
    public static float alphaScale(double rate) {
        return (float) alphaA(rate);
    }

    private static double alphaA(double rate) {
        return 1.0 / Math.sqrt((1.0 - rate) * (1.0 + rate * ALPHA_PRIME * ALPHA_PRIME));
    }

    /** Alpha dropout's b = −a α′ r. */
    public static float alphaShift(double rate) {
        return (float) (-alphaA(rate) * ALPHA_PRIME * rate);
    }

    /** Alpha dropout's value of a dropped element, a α′ + b. */
    public static float alphaDropped(double rate) {
        double a = alphaA(rate);
        return (float) (a * ALPHA_PRIME - a * ALPHA_PRIME * rate);
    }

    /** Draws the mask of {@code m} rows of {@code n} values (stride {@code ld}): 1 with probability 1 − rate. */
    public static void mask(float[] mask, int m, int n, int ld, double rate, long key) {
        float r = (float) rate;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                mask[i * ld + j] = Rng.uniform(key, (long) i * n + j) >= r ? 1f : 0f;
            }
        }
    }

    /** Training-mode dropout: draws the mask, then y = mask ? x / (1 − r) : 0. */
    public static void dropout(float[] x, float[] y, float[] mask, int m, int n, int ld, double rate, long key) {
        mask(mask, m, n, ld, rate, key);
        forward(x, mask, y, m, n, ld, scale(rate), 0f, 0f);
    }

    /** Training-mode alpha dropout: draws the mask, then y = mask ? a x + b : a α′ + b. */
    public static void alphaDropout(float[] x, float[] y, float[] mask, int m, int n, int ld, double rate, long key) {
        mask(mask, m, n, ld, rate, key);
        forward(x, mask, y, m, n, ld, alphaScale(rate), alphaShift(rate), alphaDropped(rate));
    }

    /** y = mask ? a x + b : c over the first n columns of m rows. */
    public static void forward(float[] x, float[] mask, float[] y, int m, int n, int ld, float a, float b, float c) {
        int end = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < end; j += L) {
                FloatVector kept = FloatVector.fromArray(S, x, row + j).fma(a, b);
                FloatVector keep = FloatVector.fromArray(S, mask, row + j);
                kept.blend(c, keep.compare(VectorOperators.EQ, 0f)).intoArray(y, row + j);
            }
            for (int j = end; j < n; j++) {
                y[row + j] = mask[row + j] != 0f ? Math.fma(x[row + j], a, b) : c;
            }
        }
    }

    /** dx = mask ? a dy : 0 over the first n columns of m rows. */
    public static void backward(float[] dy, float[] mask, float[] dx, int m, int n, int ld, float a) {
        int end = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < end; j += L) {
                FloatVector g = FloatVector.fromArray(S, dy, row + j).mul(a);
                FloatVector keep = FloatVector.fromArray(S, mask, row + j);
                g.blend(0f, keep.compare(VectorOperators.EQ, 0f)).intoArray(dx, row + j);
            }
            for (int j = end; j < n; j++) {
                dx[row + j] = mask[row + j] != 0f ? dy[row + j] * a : 0f;
            }
        }
    }

    /** Scalar twin of {@link #forward}. */
    public static void forwardScalar(float[] x, float[] mask, float[] y, int m, int n, int ld, float a, float b,
                                     float c) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                y[at] = mask[at] != 0f ? Math.fma(x[at], a, b) : c;
            }
        }
    }

    /** Scalar twin of {@link #backward}. */
    public static void backwardScalar(float[] dy, float[] mask, float[] dx, int m, int n, int ld, float a) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                dx[at] = mask[at] != 0f ? dy[at] * a : 0f;
            }
        }
    }
}
