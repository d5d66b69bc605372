package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Weight penalties and the max-norm constraint of a Dense kernel, Keras 3 form: the {@code L1L2}
 * regularizer adds {@code l1 Σ|W| + l2 ΣW²} to the loss and {@code l1 sign(W) + 2 l2 W} to the
 * gradient; {@code MaxNorm(c, axis=0)} scales each unit's incoming weights {@code W[:, j]} by
 * {@code clip(n, 0, c) / (ε + n)}, {@code n = ‖W[:, j]‖}, ε = 1e−7, after each update. The kernel is
 * stored {@code [in][stride]} with zero padding, which every formula here leaves at zero.
 */
public final class Penalties {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Keras' {@code backend.epsilon()} in {@code MaxNorm}. */
    public static final float MAX_NORM_EPSILON = 1e-7f;

    private Penalties() {}

    /** l1 Σ|W| + l2 ΣW² over the first {@code length} values, summed in double. */
    public static double value(float[] w, int length, double l1, double l2) {
        double absolute = 0, squares = 0;
        for (int i = 0; i < length; i++) {
            absolute += Math.abs(w[i]);
            squares += (double) w[i] * w[i];
        }
        return l1 * absolute + l2 * squares;
    }

    /** g += l1 sign(W) + 2 l2 W over [0, length); length a multiple of the vector length. */
    public static void addGradient(float[] w, float[] g, int length, double l1, double l2) {
        float a = (float) l1, b = (float) (2 * l2);
        int end = S.loopBound(length);
        for (int i = 0; i < end; i += L) {
            FloatVector wv = FloatVector.fromArray(S, w, i);
            FloatVector sign = FloatVector.zero(S).blend(1f, wv.compare(VectorOperators.GT, 0f))
                    .blend(-1f, wv.compare(VectorOperators.LT, 0f));
            FloatVector.fromArray(S, g, i).add(sign.mul(a)).add(wv.mul(b)).intoArray(g, i);
        }
        addGradientScalar(w, g, end, length, a, b);
    }

    /** Scalar twin of {@link #addGradient}, over [from, to). */
    public static void addGradientScalar(float[] w, float[] g, int from, int to, float a, float b) {
        for (int i = from; i < to; i++) {
            g[i] = g[i] + Math.signum(w[i]) * a + w[i] * b;
        }
    }

    /**
     * MaxNorm over the columns of {@code w} ({@code rows} × {@code stride}); {@code norms} holds
     * {@code stride} floats of scratch. The squared norms are summed in float row by row, the same
     * order for every column, so the vector and scalar forms agree bit for bit.
     */
    public static void maxNorm(float[] w, int rows, int stride, double maxNorm, float[] norms) {
        float c = (float) maxNorm;
        java.util.Arrays.fill(norms, 0, stride, 0f);
        int end = S.loopBound(stride);
        for (int i = 0; i < rows; i++) {
            int row = i * stride;
            for (int j = 0; j < end; j += L) {
                FloatVector wv = FloatVector.fromArray(S, w, row + j);
                wv.fma(wv, FloatVector.fromArray(S, norms, j)).intoArray(norms, j);
            }
            for (int j = end; j < stride; j++) {
                norms[j] = Math.fma(w[row + j], w[row + j], norms[j]);
            }
        }
        for (int j = 0; j < stride; j++) {
            float n = (float) Math.sqrt(norms[j]);
            norms[j] = Math.min(n, c) / (MAX_NORM_EPSILON + n);
        }
        for (int i = 0; i < rows; i++) {
            int row = i * stride;
            for (int j = 0; j < end; j += L) {
                FloatVector.fromArray(S, w, row + j).mul(FloatVector.fromArray(S, norms, j)).intoArray(w, row + j);
            }
            for (int j = end; j < stride; j++) {
                w[row + j] *= norms[j];
            }
        }
    }

    /** Scalar twin of {@link #maxNorm}. */
    public static void maxNormScalar(float[] w, int rows, int stride, double maxNorm, float[] norms) {
        float c = (float) maxNorm;
        for (int j = 0; j < stride; j++) {
            float sum = 0f;
            for (int i = 0; i < rows; i++) {
                sum = Math.fma(w[i * stride + j], w[i * stride + j], sum);
            }
            float n = (float) Math.sqrt(sum);
            norms[j] = Math.min(n, c) / (MAX_NORM_EPSILON + n);
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < stride; j++) {
                w[i * stride + j] *= norms[j];
            }
        }
    }
}
