package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The three products of a dense layer {@code c = a · w + bias} (a: m×k, w: k×n, c: m×n) and its
 * backward pass. Forward and weight gradient accumulate each output element in the order of the
 * summation index with fused multiply-adds, exactly as {@link ScalarMatMul} does, so the two agree
 * bit for bit; the input gradient reduces vector lanes and agrees to rounding.
 */
public final class MatMul {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private MatMul() {}

    /** {@code c[i][j] = bias[j] + Σ_p a[aOff + i·lda + p] · w[p][j]}; {@code bias} may be null. */
    public static void forward(int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int ldc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            forwardFourRows(n, k, a, aOff + i * lda, lda, w, ldw, bias, c, i * ldc, ldc);
        }
        for (; i < m; i++) {
            forwardOneRow(n, k, a, aOff + i * lda, w, ldw, bias, c, i * ldc);
        }
    }

    private static void forwardFourRows(int n, int k, float[] a, int a0, int lda,
                                        float[] w, int ldw, float[] bias, float[] c, int c0, int ldc) {
        int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector init = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
            FloatVector acc0 = init, acc1 = init, acc2 = init, acc3 = init;
            for (int p = 0; p < k; p++) {
                FloatVector wv = FloatVector.fromArray(S, w, p * ldw + j);
                acc0 = FloatVector.broadcast(S, a[a0 + p]).fma(wv, acc0);
                acc1 = FloatVector.broadcast(S, a[a1 + p]).fma(wv, acc1);
                acc2 = FloatVector.broadcast(S, a[a2 + p]).fma(wv, acc2);
                acc3 = FloatVector.broadcast(S, a[a3 + p]).fma(wv, acc3);
            }
            acc0.intoArray(c, c0 + j);
            acc1.intoArray(c, c0 + ldc + j);
            acc2.intoArray(c, c0 + 2 * ldc + j);
            acc3.intoArray(c, c0 + 3 * ldc + j);
        }
        for (int r = 0; r < 4; r++) {
            forwardTail(bound, n, k, a, a0 + r * lda, w, ldw, bias, c, c0 + r * ldc);
        }
    }

    private static void forwardOneRow(int n, int k, float[] a, int a0,
                                      float[] w, int ldw, float[] bias, float[] c, int c0) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.broadcast(S, a[a0 + p]).fma(FloatVector.fromArray(S, w, p * ldw + j), acc);
            }
            acc.intoArray(c, c0 + j);
        }
        forwardTail(bound, n, k, a, a0, w, ldw, bias, c, c0);
    }

    private static void forwardTail(int from, int n, int k, float[] a, int a0,
                                    float[] w, int ldw, float[] bias, float[] c, int c0) {
        for (int j = from; j < n; j++) {
            float acc = bias == null ? 0f : bias[j];
            for (int p = 0; p < k; p++) {
                acc = Math.fma(a[a0 + p], w[p * ldw + j], acc);
            }
            c[c0 + j] = acc;
        }
    }

    /** Weight gradient {@code dw[p][j] = Σ_i a[i][p] · d[i][j]} (overwrites dw), for p < k, j < n. */
    public static void weightGradient(int m, int n, int k, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw) {
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            weightGradientFourRows(m, n, p, a, lda, d, ldd, dw, ldw);
        }
        for (; p < k; p++) {
            weightGradientOneRow(m, n, p, a, lda, d, ldd, dw, ldw);
        }
    }

    private static void weightGradientFourRows(int m, int n, int p, float[] a, int lda,
                                               float[] d, int ldd, float[] dw, int ldw) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc0 = FloatVector.zero(S), acc1 = acc0, acc2 = acc0, acc3 = acc0;
            for (int i = 0; i < m; i++) {
                FloatVector dv = FloatVector.fromArray(S, d, i * ldd + j);
                int ai = i * lda + p;
                acc0 = FloatVector.broadcast(S, a[ai]).fma(dv, acc0);
                acc1 = FloatVector.broadcast(S, a[ai + 1]).fma(dv, acc1);
                acc2 = FloatVector.broadcast(S, a[ai + 2]).fma(dv, acc2);
                acc3 = FloatVector.broadcast(S, a[ai + 3]).fma(dv, acc3);
            }
            acc0.intoArray(dw, p * ldw + j);
            acc1.intoArray(dw, (p + 1) * ldw + j);
            acc2.intoArray(dw, (p + 2) * ldw + j);
            acc3.intoArray(dw, (p + 3) * ldw + j);
        }
        for (int r = 0; r < 4; r++) {
            weightGradientTail(bound, m, n, p + r, a, lda, d, ldd, dw, ldw);
        }
    }

    private static void weightGradientOneRow(int m, int n, int p, float[] a, int lda,
                                             float[] d, int ldd, float[] dw, int ldw) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                acc = FloatVector.broadcast(S, a[i * lda + p]).fma(FloatVector.fromArray(S, d, i * ldd + j), acc);
            }
            acc.intoArray(dw, p * ldw + j);
        }
        weightGradientTail(bound, m, n, p, a, lda, d, ldd, dw, ldw);
    }

    private static void weightGradientTail(int from, int m, int n, int p, float[] a, int lda,
                                           float[] d, int ldd, float[] dw, int ldw) {
        for (int j = from; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc = Math.fma(a[i * lda + p], d[i * ldd + j], acc);
            }
            dw[p * ldw + j] = acc;
        }
    }

    /** Bias gradient {@code db[j] = Σ_i d[i][j]} (overwrites db), for j < n. */
    public static void biasGradient(int m, int n, float[] d, int ldd, float[] db) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                acc = acc.add(FloatVector.fromArray(S, d, i * ldd + j));
            }
            acc.intoArray(db, j);
        }
        for (int j = bound; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc += d[i * ldd + j];
            }
            db[j] = acc;
        }
    }

    /** Input gradient {@code da[i][p] = Σ_j d[i][j] · w[p][j]} (overwrites da), for i < m, p < k. */
    public static void inputGradient(int m, int n, int k, float[] d, int ldd,
                                     float[] w, int ldw, float[] da, int lda) {
        for (int i = 0; i < m; i++) {
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                inputGradientFour(n, d, i * ldd, w, p * ldw, ldw, da, i * lda + p);
            }
            for (; p < k; p++) {
                da[i * lda + p] = dot(n, d, i * ldd, w, p * ldw);
            }
        }
    }

    private static void inputGradientFour(int n, float[] d, int d0, float[] w, int w0, int ldw,
                                          float[] da, int out) {
        int w1 = w0 + ldw, w2 = w1 + ldw, w3 = w2 + ldw;
        int bound = S.loopBound(n);
        FloatVector acc0 = FloatVector.zero(S), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (int j = 0; j < bound; j += L) {
            FloatVector dv = FloatVector.fromArray(S, d, d0 + j);
            acc0 = dv.fma(FloatVector.fromArray(S, w, w0 + j), acc0);
            acc1 = dv.fma(FloatVector.fromArray(S, w, w1 + j), acc1);
            acc2 = dv.fma(FloatVector.fromArray(S, w, w2 + j), acc2);
            acc3 = dv.fma(FloatVector.fromArray(S, w, w3 + j), acc3);
        }
        float s0 = VectorMath.sum(acc0), s1 = VectorMath.sum(acc1);
        float s2 = VectorMath.sum(acc2), s3 = VectorMath.sum(acc3);
        for (int j = bound; j < n; j++) {
            float dj = d[d0 + j];
            s0 = Math.fma(dj, w[w0 + j], s0);
            s1 = Math.fma(dj, w[w1 + j], s1);
            s2 = Math.fma(dj, w[w2 + j], s2);
            s3 = Math.fma(dj, w[w3 + j], s3);
        }
        da[out] = s0;
        da[out + 1] = s1;
        da[out + 2] = s2;
        da[out + 3] = s3;
    }

    private static float dot(int n, float[] x, int x0, float[] y, int y0) {
        int bound = S.loopBound(n);
        FloatVector acc = FloatVector.zero(S);
        for (int j = 0; j < bound; j += L) {
            acc = FloatVector.fromArray(S, x, x0 + j).fma(FloatVector.fromArray(S, y, y0 + j), acc);
        }
        float s = VectorMath.sum(acc);
        for (int j = bound; j < n; j++) {
            s = Math.fma(x[x0 + j], y[y0 + j], s);
        }
        return s;
    }
}
