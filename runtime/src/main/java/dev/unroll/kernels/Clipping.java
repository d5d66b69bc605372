package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Gradient clipping as Keras does it, without touching the gradient arrays: each update kernel
 * takes the gradient as {@code clamp(g · scale, −bound, bound)}. {@code clipValue} sets the bound;
 * {@code clipNorm} and {@code globalClipNorm} set the scale from {@link #scaleFor}. Without
 * clipping the scale is {@link #NO_SCALE} and the bound {@link #NO_BOUND}.
 */
public final class Clipping {
    public static final float NO_SCALE = 1f;
    public static final float NO_BOUND = Float.POSITIVE_INFINITY;

    /**
     * Whether {@code scale} and {@code bound} change a gradient at all. The update kernels test it
     * once per call and skip the clamp otherwise: Java's {@code max}/{@code min} semantics cost
     * several AVX2 instructions each, 40% of an unclipped Adam step, and skipping them leaves
     * every bit as it was (× 1 and a clamp to ±∞ are identities, NaN included).
     */
    public static boolean clips(float scale, float bound) {
        return scale != NO_SCALE || bound != NO_BOUND;
    }

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Clipping() {}

    /** Σ g² over {@code len} values, accumulated in float lanes. */
    public static double sumOfSquares(float[] g, int len) {
        int bound = S.loopBound(len);
        FloatVector acc = FloatVector.zero(S);
        for (int i = 0; i < bound; i += L) {
            FloatVector v = FloatVector.fromArray(S, g, i);
            acc = v.fma(v, acc);
        }
        for (VectorShuffle<Float> rotation : VectorMath.HALVINGS) {
            acc = acc.add(acc.rearrange(rotation));
        }
        double sum = acc.lane(0);
        for (int i = bound; i < len; i++) {
            sum += (double) g[i] * g[i];
        }
        return sum;
    }

    /** The scale that brings a gradient of L2 norm sqrt(sumOfSquares) down to {@code maxNorm}: c / max(norm, c). */
    public static float scaleFor(double sumOfSquares, double maxNorm) {
        double norm = Math.sqrt(sumOfSquares);
        return norm > maxNorm ? (float) (maxNorm / norm) : NO_SCALE;
    }
}
