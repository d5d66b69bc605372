package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Nadam (Dozat, 2016), Keras 3 form, one fused pass: {@code m += (g − m)(1 − β1);
 * v += (g² − v)(1 − β2); w −= lr (c_m m + c_g g) / (sqrt(v · c_v) + ε)}, where the step's
 * coefficients {@code c_m = μ_{t+1} / (1 − Π_t μ_{t+1})}, {@code c_g = (1 − μ_t) / (1 − Π_t)} and
 * {@code c_v = 1 / (1 − β2^t)} come from {@link Schedule}, once per step for all arrays.
 */
public final class NadamUpdate {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private NadamUpdate() {}

    /** μ_t = β1 (1 − ½·0.96^t). */
    public static double momentum(double beta1, long t) {
        return beta1 * (1.0 - 0.5 * StrictMath.pow(0.96, t));
    }

    /**
     * The momentum product Π_t = μ_1 ⋯ μ_t that Keras keeps as optimizer state, kept here as a cache
     * of the step count: the next step multiplies once, any other step (after a load, a fresh
     * network) recomputes the product in the same order, so both give the same bits.
     */
    public static final class Schedule {
        private final double beta1;
        private long step;
        private double product = 1.0;

        public Schedule(double beta1) {
            this.beta1 = beta1;
        }

        /** Π_t for the 1-based step {@code t}. */
        public double product(long t) {
            if (t != step + 1 || t <= 0) {
                step = 0;
                product = 1.0;
                while (step + 1 < t) {
                    step++;
                    product *= momentum(beta1, step);
                }
            }
            step = t;
            product *= momentum(beta1, t);
            return product;
        }
    }

    /** c_m = μ_{t+1} / (1 − Π_t μ_{t+1}). */
    public static double momentumCoefficient(double beta1, long t, double product) {
        double next = momentum(beta1, t + 1);
        return next / (1.0 - product * next);
    }

    /** c_g = (1 − μ_t) / (1 − Π_t). */
    public static double gradientCoefficient(double beta1, long t, double product) {
        return (1.0 - momentum(beta1, t)) / (1.0 - product);
    }

    /** c_v = 1 / (1 − β2^t). */
    public static double varianceCoefficient(double beta2, long t) {
        return 1.0 / (1.0 - StrictMath.pow(beta2, t));
    }

    /** Over [from, to); from a multiple of the vector length. */
    public static void update(float[] w, float[] g, float[] m, float[] v, int from, int to, double learningRate,
                              double cm, double cg, double cv, double beta1, double beta2, double epsilon,
                              float scale, float bound) {
        float lr = (float) learningRate, take1 = (float) (1.0 - beta1), take2 = (float) (1.0 - beta2);
        float fm = (float) cm, fg = (float) cg, fv = (float) cv, eps = (float) epsilon;
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
            FloatVector mHat = mv.mul(fm).add(gv.mul(fg));
            FloatVector.fromArray(S, w, i).sub(mHat.mul(lr).div(vv.mul(fv).sqrt().add(eps))).intoArray(w, i);
        }
        ScalarUpdates.nadam(w, g, m, v, end, to, lr, fm, fg, fv, take1, take2, eps, scale, bound);
    }
}
