package dev.unroll.kernels;

/**
 * Softmax over the n values of each of m rows (row distance ld). The rows of a classifier are
 * short (tens of classes), so these loops are scalar; the exponentials are {@link ScalarMath#exp}.
 */
public final class Softmax {
    private Softmax() {}

    /** p_j = e^{z_j - max z} / Σ_k e^{z_k - max z}. */
    public static void forward(float[] z, float[] p, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, z[row + j]);
            }
            float sum = 0f;
            for (int j = 0; j < n; j++) {
                float e = ScalarMath.exp(z[row + j] - max);
                p[row + j] = e;
                sum += e;
            }
            float inverse = 1f / sum;
            for (int j = 0; j < n; j++) {
                p[row + j] *= inverse;
            }
        }
    }

    /** The full Jacobian product, for a softmax that is not fused with a cross-entropy: dx_j = p_j (dy_j - Σ_k dy_k p_k). */
    public static void backward(float[] p, float[] dy, float[] dx, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            float dot = 0f;
            for (int j = 0; j < n; j++) {
                dot += dy[row + j] * p[row + j];
            }
            for (int j = 0; j < n; j++) {
                dx[row + j] = p[row + j] * (dy[row + j] - dot);
            }
        }
    }
}
