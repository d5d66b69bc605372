package dev.unroll.kernels;

/**
 * Scalar twin of {@link MatMul}: the same contracts, plain loops, the same summation order. Its
 * column helpers also compute the columns beyond the last whole vector of the vector kernels.
 */
public final class ScalarMatMul {
    private ScalarMatMul() {}

    public static void forward(int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int ldc) {
        forwardColumns(0, m, n, k, a, aOff, lda, w, ldw, bias, c, 0, ldc);
    }

    static void forwardColumns(int from, int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = from; j < n; j++) {
                float acc = bias == null ? 0f : bias[j];
                for (int p = 0; p < k; p++) {
                    acc = Math.fma(a[aOff + i * lda + p], w[p * ldw + j], acc);
                }
                c[cOff + i * ldc + j] = acc;
            }
        }
    }

    /** The twin needs no scratch; the parameter keeps the signatures alike. */
    public static void weightGradient(int m, int n, int k, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
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

    /** The weight gradient's rows [fromRow, toRow) and columns [from, n) only, in the same order. */
    static void weightGradientColumns(int from, int m, int n, int fromRow, int toRow, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw) {
        for (int p = fromRow; p < toRow; p++) {
            for (int j = from; j < n; j++) {
                float acc = 0f;
                for (int i = 0; i < m; i++) {
                    acc = Math.fma(a[i * lda + p], d[i * ldd + j], acc);
                }
                dw[p * ldw + j] = acc;
            }
        }
    }

    public static void biasGradient(int m, int n, float[] d, int ldd, float[] db) {
        biasGradientColumns(0, m, n, d, ldd, db);
    }

    static void biasGradientColumns(int from, int m, int n, float[] d, int ldd, float[] db) {
        for (int j = from; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc += d[i * ldd + j];
            }
            db[j] = acc;
        }
    }

    public static void transpose(float[] w, int k, int n, int ldw, float[] wt, int ldt) {
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                wt[j * ldt + p] = w[p * ldw + j];
            }
        }
    }

    /** {@code da[i][p] = Σ_j d[i][j] · wt[j][p]}, in the order of j. */
    public static void inputGradient(int m, int n, int k, float[] d, int ldd,
                                     float[] wt, int ldt, float[] da, int lda) {
        forward(m, k, n, d, 0, ldd, wt, ldt, null, da, lda);
    }
}
