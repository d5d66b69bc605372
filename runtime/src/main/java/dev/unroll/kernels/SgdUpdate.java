package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Gradient descent, one fused pass per parameter array. {@code g} is read as
 * {@code clamp(g · scale, −bound, bound)} (see {@link Clipping}).
 */
public final class SgdUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private SgdUpdate() {}

    /**
     * w −= lr g over [from, to); {@code from} a multiple of the vector length, so a split over
     * threads gives the same bits (as do the other rules' ranges).
     */
    public static void plain(float[] w, float[] g, int from, int to, double learningRate, float scale, float bound) {
        float lr = (float) learningRate;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            if (clips) {
                gv = gv.mul(scale).max(-bound).min(bound);
            }
            FloatVector.fromArray(S, w, i).sub(gv.mul(lr)).intoArray(w, i);
        }
        ScalarUpdates.sgd(w, g, end, to, lr, scale, bound);
    }

    /** v = β v − lr g; w += v (momentum optimization, Polyak 1964). */
    public static void momentum(float[] w, float[] g, float[] v, int from, int to, double learningRate,
                                double momentum, float scale, float bound) {
        float lr = (float) learningRate;
        float beta = (float) momentum;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            if (clips) {
                gv = gv.mul(scale).max(-bound).min(bound);
            }
            FloatVector vv = FloatVector.fromArray(S, v, i).mul(beta).sub(gv.mul(lr));
            vv = vv.blend(0f, vv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
            vv.intoArray(v, i);
            FloatVector.fromArray(S, w, i).add(vv).intoArray(w, i);
        }
        ScalarUpdates.momentum(w, g, v, end, to, lr, beta, scale, bound);
    }

    /** v = β v − lr g; w += β v − lr g (Nesterov accelerated gradient, the Keras form). */
    public static void nesterov(float[] w, float[] g, float[] v, int from, int to, double learningRate,
                                double momentum, float scale, float bound) {
        float lr = (float) learningRate;
        float beta = (float) momentum;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector step = FloatVector.fromArray(S, g, i);
            if (clips) {
                step = step.mul(scale).max(-bound).min(bound);
            }
            step = step.mul(lr);
            FloatVector vv = FloatVector.fromArray(S, v, i).mul(beta).sub(step);
            vv = vv.blend(0f, vv.abs().compare(VectorOperators.LT, ScalarUpdates.TINY));
            vv.intoArray(v, i);
            FloatVector.fromArray(S, w, i).add(vv.mul(beta).sub(step)).intoArray(w, i);
        }
        ScalarUpdates.nesterov(w, g, v, end, to, lr, beta, scale, bound);
    }
}
