package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Adamax (Kingma and Ba, 2014, section 7.1), Keras 3 form, one fused pass:
 * {@code m += (g − m)(1 − β1); u = max(β2 u, |g|); w −= α_t m / (u + ε)} with
 * {@code α_t = lr / (1 − β1^t)} from {@link #stepSize}.
 */
public final class AdamaxUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private AdamaxUpdate() {}

    /** α_t = lr / (1 − β1^t) for the 1-based step t. */
    public static double stepSize(double learningRate, double beta1, long t) {
        return learningRate / (1.0 - StrictMath.pow(beta1, t));
    }

    /** Over [from, to); from a multiple of the vector length. */
    public static void update(float[] w, float[] g, float[] m, float[] u, int from, int to, double alphaT,
                              double beta1, double beta2, double epsilon, float scale, float bound) {
        float alpha = (float) alphaT, take1 = (float) (1.0 - beta1), keep2 = (float) beta2, eps = (float) epsilon;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            if (clips) {
                gv = gv.mul(scale).max(-bound).min(bound);
            }
            FloatVector mv = FloatVector.fromArray(S, m, i);
            mv = gv.sub(mv).fma(FloatVector.broadcast(S, take1), mv);
            mv = mv.blend(0f, mv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
            FloatVector uv = FloatVector.fromArray(S, u, i).mul(keep2).max(gv.abs());
            uv = uv.blend(0f, uv.compare(VectorOperators.LT, ScalarUpdates.TINY));
            mv.intoArray(m, i);
            uv.intoArray(u, i);
            FloatVector.fromArray(S, w, i).sub(mv.mul(alpha).div(uv.add(eps))).intoArray(w, i);
        }
        ScalarUpdates.adamax(w, g, m, u, end, to, alpha, take1, keep2, eps, scale, bound);
    }
}
