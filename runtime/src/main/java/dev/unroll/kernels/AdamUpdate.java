package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Adam (Kingma and Ba, 2014), Keras form, one fused pass: {@code m += (g − m)(1 − β1);
 * v += (g² − v)(1 − β2); w −= α_t m / (sqrt(v) + ε)} with {@code α_t} from {@link #stepSize}
 * ("epsilon hat"). With AMSGrad ({@code vHat} not null) it divides by {@code sqrt(v̂)},
 * {@code v̂ = max(v̂, v)}.
 */
public final class AdamUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private AdamUpdate() {}

    /** α_t = lr sqrt(1 − β2^t) / (1 − β1^t) for the 1-based step t. */
    public static double stepSize(double learningRate, double beta1, double beta2, long t) {
        return learningRate * StrictMath.sqrt(1.0 - StrictMath.pow(beta2, t)) / (1.0 - StrictMath.pow(beta1, t));
    }

    /** Over [from, to); from a multiple of the vector length. */
    public static void update(float[] w, float[] g, float[] m, float[] v, float[] vHat, int from, int to,
                              double alphaT, double beta1, double beta2, double epsilon, float scale, float bound) {
        float alpha = (float) alphaT, take1 = (float) (1.0 - beta1), take2 = (float) (1.0 - beta2);
        float eps = (float) epsilon;
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
            FloatVector vv = FloatVector.fromArray(S, v, i);
            vv = gv.mul(gv).sub(vv).fma(FloatVector.broadcast(S, take2), vv);
            vv = vv.blend(0f, vv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            if (vHat != null) {
                vv = FloatVector.fromArray(S, vHat, i).max(vv);
                vv.intoArray(vHat, i);
            }
            FloatVector.fromArray(S, w, i).sub(mv.mul(alpha).div(vv.sqrt().add(eps))).intoArray(w, i);
        }
        ScalarUpdates.adam(w, g, m, v, vHat, end, to, alpha, take1, take2, eps, scale, bound);
    }
}
