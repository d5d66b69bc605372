package dev.unroll.kernels;

/** Scalar twin of {@link Activations}. */
public final class ScalarActivations {
    private ScalarActivations() {}

    static float scaledElu(float z, float lambda, float alpha) {
        return z > 0f ? z * lambda : ScalarMath.expm1(z) * (lambda * alpha);
    }

    public static void sigmoid(float[] z, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = ScalarMath.sigmoid(z[i]);
        }
    }

    public static void sigmoidBackward(float[] y, float[] dy, float[] dx, int len) {
        for (int i = 0; i < len; i++) {
            dx[i] = dy[i] * (y[i] * (1f - y[i]));
        }
    }

    public static void tanh(float[] z, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = ScalarMath.tanh(z[i]);
        }
    }

    public static void tanhBackward(float[] y, float[] dy, float[] dx, int len) {
        for (int i = 0; i < len; i++) {
            dx[i] = dy[i] * (1f - y[i] * y[i]);
        }
    }

    public static void relu(float[] z, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = Math.max(z[i], 0f);
        }
    }

    public static void reluBackward(float[] z, float[] dy, float[] dx, int len) {
        leakyReluBackward(z, dy, dx, len, 0f);
    }

    public static void leakyRelu(float[] z, float[] y, int len, float alpha) {
        for (int i = 0; i < len; i++) {
            y[i] = z[i] > 0f ? z[i] : alpha * z[i];
        }
    }

    public static void leakyReluBackward(float[] z, float[] dy, float[] dx, int len, float alpha) {
        for (int i = 0; i < len; i++) {
            dx[i] = z[i] > 0f ? dy[i] : alpha * dy[i];
        }
    }

    public static void elu(float[] z, float[] y, int len, float alpha) {
        for (int i = 0; i < len; i++) {
            y[i] = scaledElu(z[i], 1f, alpha);
        }
    }

    public static void eluBackward(float[] z, float[] y, float[] dy, float[] dx, int len, float alpha) {
        for (int i = 0; i < len; i++) {
            dx[i] = z[i] > 0f ? dy[i] : dy[i] * (y[i] + alpha);
        }
    }

    public static void selu(float[] z, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = scaledElu(z[i], Activations.SELU_LAMBDA, Activations.SELU_ALPHA);
        }
    }

    public static void seluBackward(float[] z, float[] y, float[] dy, float[] dx, int len) {
        float lambda = Activations.SELU_LAMBDA;
        float lambdaAlpha = lambda * Activations.SELU_ALPHA;
        for (int i = 0; i < len; i++) {
            dx[i] = z[i] > 0f ? lambda * dy[i] : dy[i] * (y[i] + lambdaAlpha);
        }
    }
}
