package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * RMSProp (Hinton, 2012), Keras form, one fused pass: {@code s = ρ s + (1 − ρ) g²} and an increment
 * {@code lr g / sqrt(d + ε)} where d is s, or {@code s − ḡ²} when centered (ḡ = ρ ḡ + (1 − ρ) g).
 * Without momentum {@code w −= increment}; with momentum μ, {@code v = μ v + increment; w −= v}.
 * {@code gBar} is null unless centered and {@code v} is null without momentum.
 */
public final class RmspropUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private RmspropUpdate() {}

    /** Over [from, to); from a multiple of the vector length. */
    public static void update(float[] w, float[] g, float[] s, float[] gBar, float[] v, int from, int to,
                              double learningRate, double rho, double momentum, double epsilon,
                              float scale, float bound) {
        float lr = (float) learningRate, keep = (float) rho, take = (float) (1.0 - rho);
        float mu = (float) momentum, eps = (float) epsilon;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            if (clips) {
                gv = gv.mul(scale).max(-bound).min(bound);
            }
            FloatVector sv = FloatVector.fromArray(S, s, i).mul(keep).add(gv.mul(gv).mul(take));
            sv = sv.blend(0f, sv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
            sv.intoArray(s, i);
            FloatVector denominator = sv;
            if (gBar != null) {
                FloatVector bv = FloatVector.fromArray(S, gBar, i).mul(keep).add(gv.mul(take));
                bv = bv.blend(0f, bv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
                bv.intoArray(gBar, i);
                denominator = sv.sub(bv.mul(bv));
            }
            FloatVector increment = gv.mul(lr).div(denominator.add(eps).sqrt());
            if (v != null) {
                increment = FloatVector.fromArray(S, v, i).mul(mu).add(increment);
                increment = increment.blend(0f, increment.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
                increment.intoArray(v, i);
            }
            FloatVector.fromArray(S, w, i).sub(increment).intoArray(w, i);
        }
        ScalarUpdates.rmsprop(w, g, s, gBar, v, end, to, lr, keep, take, mu, eps, scale, bound);
    }
}
