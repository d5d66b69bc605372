package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Element-wise activations over {@code len} contiguous values, each forward right above its
 * backward. A forward writes {@code y} from {@code z}, two different arrays (the exponential ones
 * use {@code y} for their intermediate values). A backward turns {@code dy = dL/dy} into
 * {@code dx = dL/dz}; {@code dx} may be the same array as {@code dy}. Derivatives are taken from
 * whichever of {@code z} and {@code y} is cheaper; at exactly 0 they take the non-positive branch.
 */
public final class Activations {
    /** SELU's α and λ (Klambauer et al., 2017). */
    public static final float SELU_ALPHA = 1.6732632423543772848f;
    public static final float SELU_LAMBDA = 1.0507009873554804934f;

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Activations() {}

    /** y = 1 / (1 + e^-z); y must not be z. */
    public static void sigmoid(float[] z, float[] y, int len) {
        int bound = S.loopBound(len);
        VectorMath.exp(z, -1f, y, bound);
        for (int i = 0; i < bound; i += L) {
            FloatVector.broadcast(S, 1f).div(FloatVector.fromArray(S, y, i).add(1f)).intoArray(y, i);
        }
        for (int i = bound; i < len; i++) {
            y[i] = ScalarMath.sigmoid(z[i]);
        }
    }

    /** dx = dy · y (1 - y). */
    public static void sigmoidBackward(float[] y, float[] dy, float[] dx, int len) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, i);
            FloatVector.fromArray(S, dy, i).mul(yv.mul(yv.neg().add(1f))).intoArray(dx, i);
        }
        for (int i = bound; i < len; i++) {
            dx[i] = dy[i] * (y[i] * (1f - y[i]));
        }
    }

    /** y = tanh z, as -t / (t + 2) with t = e^{-2|z|} - 1 and the sign of z; y must not be z. */
    public static void tanh(float[] z, float[] y, int len) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(S, z, i).abs().mul(-2f).intoArray(y, i);
        }
        VectorMath.expm1(y, 1f, y, bound);
        for (int i = 0; i < bound; i += L) {
            FloatVector t = FloatVector.fromArray(S, y, i);
            FloatVector magnitude = t.neg().div(t.add(2f));
            VectorMask<Float> negative = FloatVector.fromArray(S, z, i).compare(VectorOperators.LT, 0f);
            magnitude.blend(magnitude.neg(), negative).intoArray(y, i);
        }
        for (int i = bound; i < len; i++) {
            y[i] = ScalarMath.tanh(z[i]);
        }
    }

    /** dx = dy · (1 - y²). */
    public static void tanhBackward(float[] y, float[] dy, float[] dx, int len) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, i);
            FloatVector.fromArray(S, dy, i).mul(yv.mul(yv).neg().add(1f)).intoArray(dx, i);
        }
        for (int i = bound; i < len; i++) {
            dx[i] = dy[i] * (1f - y[i] * y[i]);
        }
    }

    /** y = max(z, 0). */
    public static void relu(float[] z, float[] y, int len) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector.fromArray(S, z, i).max(0f).intoArray(y, i);
        }
        for (int i = bound; i < len; i++) {
            y[i] = Math.max(z[i], 0f);
        }
    }

    /** dx = z > 0 ? dy : 0. */
    public static void reluBackward(float[] z, float[] dy, float[] dx, int len) {
        leakyReluBackward(z, dy, dx, len, 0f);
    }

    /** y = z > 0 ? z : α z. */
    public static void leakyRelu(float[] z, float[] y, int len, float alpha) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector zv = FloatVector.fromArray(S, z, i);
            zv.blend(zv.mul(alpha), zv.compare(VectorOperators.LE, 0f)).intoArray(y, i);
        }
        for (int i = bound; i < len; i++) {
            y[i] = z[i] > 0f ? z[i] : alpha * z[i];
        }
    }

    /** dx = z > 0 ? dy : α dy. */
    public static void leakyReluBackward(float[] z, float[] dy, float[] dx, int len, float alpha) {
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector dv = FloatVector.fromArray(S, dy, i);
            VectorMask<Float> negative = FloatVector.fromArray(S, z, i).compare(VectorOperators.LE, 0f);
            dv.blend(dv.mul(alpha), negative).intoArray(dx, i);
        }
        for (int i = bound; i < len; i++) {
            dx[i] = z[i] > 0f ? dy[i] : alpha * dy[i];
        }
    }

    /** y = z > 0 ? z : α (e^z - 1); y must not be z. */
    public static void elu(float[] z, float[] y, int len, float alpha) {
        scaledElu(z, y, len, 1f, alpha);
    }

    /** dx = z > 0 ? dy : dy · (y + α), since α e^z = y + α on that side. */
    public static void eluBackward(float[] z, float[] y, float[] dy, float[] dx, int len, float alpha) {
        scaledEluBackward(z, y, dy, dx, len, 1f, alpha);
    }

    /** y = λ (z > 0 ? z : α (e^z - 1)); y must not be z. */
    public static void selu(float[] z, float[] y, int len) {
        scaledElu(z, y, len, SELU_LAMBDA, SELU_ALPHA);
    }

    /** dx = z > 0 ? λ dy : dy · (y + λα). */
    public static void seluBackward(float[] z, float[] y, float[] dy, float[] dx, int len) {
        scaledEluBackward(z, y, dy, dx, len, SELU_LAMBDA, SELU_ALPHA);
    }

    private static void scaledElu(float[] z, float[] y, int len, float lambda, float alpha) {
        float lambdaAlpha = lambda * alpha;
        int bound = S.loopBound(len);
        VectorMath.expm1(z, 1f, y, bound);
        for (int i = 0; i < bound; i += L) {
            FloatVector zv = FloatVector.fromArray(S, z, i);
            FloatVector negative = FloatVector.fromArray(S, y, i).mul(lambdaAlpha);
            zv.mul(lambda).blend(negative, zv.compare(VectorOperators.LE, 0f)).intoArray(y, i);
        }
        for (int i = bound; i < len; i++) {
            y[i] = ScalarActivations.scaledElu(z[i], lambda, alpha);
        }
    }

    private static void scaledEluBackward(float[] z, float[] y, float[] dy, float[] dx, int len,
                                          float lambda, float alpha) {
        float lambdaAlpha = lambda * alpha;
        int bound = S.loopBound(len);
        for (int i = 0; i < bound; i += L) {
            FloatVector dv = FloatVector.fromArray(S, dy, i);
            FloatVector negative = dv.mul(FloatVector.fromArray(S, y, i).add(lambdaAlpha));
            VectorMask<Float> isNegative = FloatVector.fromArray(S, z, i).compare(VectorOperators.LE, 0f);
            dv.mul(lambda).blend(negative, isNegative).intoArray(dx, i);
        }
        for (int i = bound; i < len; i++) {
            dx[i] = z[i] > 0f ? lambda * dy[i] : dy[i] * (y[i] + lambdaAlpha);
        }
    }
}
