package dev.unroll.kernels;

/** Scalar twin of {@link ParametricRelu}. */
public final class ScalarParametricRelu {
    private ScalarParametricRelu() {}

    public static void forward(float[] z, float[] y, float[] alpha, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float v = z[i * ld + j];
                y[i * ld + j] = v > 0f ? v : alpha[j] * v;
            }
        }
    }

    public static void alphaGradient(float[] z, float[] dy, float[] dAlpha, int m, int n, int ld) {
        for (int j = 0; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc = Math.fma(dy[i * ld + j], Math.min(z[i * ld + j], 0f), acc);
            }
            dAlpha[j] = acc;
        }
    }

    public static void inputGradient(float[] z, float[] dy, float[] dx, float[] alpha, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                dx[at] = z[at] > 0f ? dy[at] : alpha[j] * dy[at];
            }
        }
    }

    public static void alphaGradientShared(float[] z, float[] dy, float[] dAlpha, int len) {
        double sum = 0;
        for (int i = 0; i < len; i++) {
            sum += dy[i] * Math.min(z[i], 0f);
        }
        dAlpha[0] = (float) sum;
    }
}
