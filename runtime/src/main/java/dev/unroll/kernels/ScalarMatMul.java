package dev.unroll.kernels;

/** Scalar twin of {@link MatMul}: the same contracts, plain loops, the same summation order. */
public final class ScalarMatMul {
    private ScalarMatMul() {}

    public static void forward(int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float acc = bias == null ? 0f : bias[j];
                for (int p = 0; p < k; p++) {
                    acc = Math.fma(a[aOff + i * lda + p], w[p * ldw + j], acc);
                }
                c[i * ldc + j] = acc;
            }
        }
    }

    public static void weightGradient(int m, int n, int k, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw) {
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                float acc = 0f;
                for (int i = 0; i < m; i++) {
                    acc = Math.fma(a[i * lda + p], d[i * ldd + j], acc);
                }
                dw[p * ldw + j] = acc;
            }
        }
    }

    public static void biasGradient(int m, int n, float[] d, int ldd, float[] db) {
        for (int j = 0; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc += d[i * ldd + j];
            }
            db[j] = acc;
        }
    }

    public static void inputGradient(int m, int n, int k, float[] d, int ldd,
                                     float[] w, int ldw, float[] da, int lda) {
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                float acc = 0f;
                for (int j = 0; j < n; j++) {
                    acc = Math.fma(d[i * ldd + j], w[p * ldw + j], acc);
                }
                da[i * lda + p] = acc;
            }
        }
    }
}
