package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Decoupled weight decay (Loshchilov and Hutter, 2019) as Keras 3's {@code _apply_weight_decay}
 * runs it before every update step: {@code w −= w · (weightDecay · lr)}.
 */
public final class WeightDecay {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private WeightDecay() {}

    /** w −= w · factor over [0, length); {@code factor = weightDecay · lr}. */
    public static void apply(float[] w, int length, double factor) {
        float f = (float) factor;
        int end = S.loopBound(length);
        for (int i = 0; i < end; i += L) {
            FloatVector wv = FloatVector.fromArray(S, w, i);
            wv.sub(wv.mul(f)).intoArray(w, i);
        }
        ScalarUpdates.decay(w, end, length, f);
    }
}
