package dev.unroll.kernels;

/**
 * Scalar twins of the optimizer kernels, over the index range [from, to). The vector kernels
 * call them for their tails, so each formula is written once per form.
 *
 * <p>State that decays geometrically when its gradient is zero (momentum, Adam's m and v,
 * RMSprop's averages, batch normalization's moving statistics) is flushed to 0 below
 * {@link #TINY}: otherwise a dead unit's state sinks into subnormal floats, which x86 processes in
 * microcode, and one such column made a whole Adam pass three times slower. The effect on a weight
 * is below 1e-26 per step. (TensorFlow runs its CPU kernels with flush-to-zero for the same reason;
 * Java has no such switch.)
 */
public final class ScalarUpdates {
    /** Below this, decaying state is flushed to zero. */
    public static final float TINY = 1e-30f;

    private ScalarUpdates() {}

    /** {@code x}, or 0 when |x| &lt; {@link #TINY}. */
    public static float flush(float x) {
        return Math.abs(x) < TINY ? 0f : x;
    }

    /** The clipped gradient {@code clamp(g · scale, −bound, bound)}. */
    public static float clip(float g, float scale, float bound) {
        return Math.min(Math.max(g * scale, -bound), bound);
    }

    public static void sgd(float[] w, float[] g, int from, int to, float lr, float scale, float bound) {
        for (int i = from; i < to; i++) {
            w[i] -= clip(g[i], scale, bound) * lr;
        }
    }

    public static void momentum(float[] w, float[] g, float[] v, int from, int to, float lr, float beta,
                                float scale, float bound) {
        for (int i = from; i < to; i++) {
            v[i] = flush(v[i] * beta - clip(g[i], scale, bound) * lr);
            w[i] += v[i];
        }
    }

    public static void nesterov(float[] w, float[] g, float[] v, int from, int to, float lr, float beta,
                                float scale, float bound) {
        for (int i = from; i < to; i++) {
            float step = clip(g[i], scale, bound) * lr;
            v[i] = flush(v[i] * beta - step);
            w[i] += v[i] * beta - step;
        }
    }

    public static void adagrad(float[] w, float[] g, float[] s, int from, int to, float lr, float eps,
                               float scale, float bound) {
        for (int i = from; i < to; i++) {
            float gi = clip(g[i], scale, bound);
            s[i] = Math.fma(gi, gi, s[i]);
            w[i] -= gi * lr / (float) Math.sqrt(s[i] + eps);
        }
    }

    /** RMSprop; {@code gBar} is null unless centered, {@code v} null without momentum. */
    public static void rmsprop(float[] w, float[] g, float[] s, float[] gBar, float[] v, int from, int to,
                               float lr, float keep, float take, float mu, float eps, float scale, float bound) {
        for (int i = from; i < to; i++) {
            float gi = clip(g[i], scale, bound);
            s[i] = flush(s[i] * keep + gi * gi * take);
            float denominator = s[i];
            if (gBar != null) {
                gBar[i] = flush(gBar[i] * keep + gi * take);
                denominator -= gBar[i] * gBar[i];
            }
            float increment = gi * lr / (float) Math.sqrt(denominator + eps);
            if (v != null) {
                v[i] = flush(v[i] * mu + increment);
                increment = v[i];
            }
            w[i] -= increment;
        }
    }

    /** Adam; {@code vHat} is null unless AMSGrad. */
    public static void adam(float[] w, float[] g, float[] m, float[] v, float[] vHat, int from, int to,
                            float alpha, float take1, float take2, float eps, float scale, float bound) {
        for (int i = from; i < to; i++) {
            float gi = clip(g[i], scale, bound);
            m[i] = flush(Math.fma(gi - m[i], take1, m[i]));
            v[i] = flush(Math.fma(gi * gi - v[i], take2, v[i]));
            float denominator = v[i];
            if (vHat != null) {
                vHat[i] = Math.max(vHat[i], v[i]);
                denominator = vHat[i];
            }
            w[i] -= m[i] * alpha / ((float) Math.sqrt(denominator) + eps);
        }
    }

    /** Nadam with the step's coefficients {@code cm, cg, cv} (see {@link NadamUpdate}). */
    public static void nadam(float[] w, float[] g, float[] m, float[] v, int from, int to, float lr, float cm,
                             float cg, float cv, float take1, float take2, float eps, float scale, float bound) {
        for (int i = from; i < to; i++) {
            float gi = clip(g[i], scale, bound);
            m[i] = flush(Math.fma(gi - m[i], take1, m[i]));
            v[i] = flush(Math.fma(gi * gi - v[i], take2, v[i]));
            float mHat = m[i] * cm + gi * cg;
            w[i] -= mHat * lr / ((float) Math.sqrt(v[i] * cv) + eps);
        }
    }

    /** Adamax with the step size {@code alpha = lr / (1 − β1^t)}. */
    public static void adamax(float[] w, float[] g, float[] m, float[] u, int from, int to, float alpha,
                              float take1, float keep2, float eps, float scale, float bound) {
        for (int i = from; i < to; i++) {
            float gi = clip(g[i], scale, bound);
            m[i] = flush(Math.fma(gi - m[i], take1, m[i]));
            u[i] = flush(Math.max(u[i] * keep2, Math.abs(gi)));
            w[i] -= m[i] * alpha / (u[i] + eps);
        }
    }

    /** Weight decay: w −= w · factor. */
    public static void decay(float[] w, int from, int to, float factor) {
        for (int i = from; i < to; i++) {
            w[i] -= w[i] * factor;
        }
    }
}
