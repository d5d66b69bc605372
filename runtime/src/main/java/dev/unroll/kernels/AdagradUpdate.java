package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** AdaGrad (Duchi et al., 2011), Keras form, one fused pass: s += g²; w −= lr g / sqrt(s + ε). */
public final class AdagradUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private AdagradUpdate() {}

    /** Over [from, to); from a multiple of the vector length. */
    public static void update(float[] w, float[] g, float[] s, int from, int to, double learningRate, double epsilon,
                              float scale, float bound) {
        float lr = (float) learningRate;
        float eps = (float) epsilon;
        boolean clips = Clipping.clips(scale, bound);
        int end = from + S.loopBound(to - from);
        for (int i = from; i < end; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            if (clips) {
                gv = gv.mul(scale).max(-bound).min(bound);
            }
            FloatVector sv = gv.fma(gv, FloatVector.fromArray(S, s, i));
            sv.intoArray(s, i);
            FloatVector.fromArray(S, w, i).sub(gv.mul(lr).div(sv.add(eps).sqrt())).intoArray(w, i);
        }
        ScalarUpdates.adagrad(w, g, s, end, to, lr, eps, scale, bound);
    }
}
