package dev.unroll.kernels;

import static dev.unroll.kernels.Arrays2.SIZES;
import static dev.unroll.kernels.Arrays2.assertSame;
import static dev.unroll.kernels.Arrays2.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link MatMul} against {@link ScalarMatMul}: every product accumulates in the same order as its
 * twin, so they agree bit for bit, on shapes that exercise every register block and tail.
 */
@Tag("widths")
class MatMulTest {
    private final SplittableRandom rng = new SplittableRandom(7);

    @Test
    void forwardEqualsScalarTwin() {
        for (int n : SIZES) {
            for (int m : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 17, 32}) {
                int k = 13;
                int lda = k + 2;
                int ldw = n + 3;
                int ldc = n + 1;
                float[] a = random(rng, 5 + m * lda, 1);
                float[] w = random(rng, k * ldw, 1);
                float[] bias = random(rng, n, 1);
                float[] want = new float[m * ldc];
                float[] got = new float[m * ldc];
                ScalarMatMul.forward(m, n, k, a, 5, lda, w, ldw, bias, want, ldc);
                MatMul.forward(m, n, k, a, 5, lda, w, ldw, bias, got, ldc);
                assertSame(want, got, "forward m=" + m + " n=" + n);
                ScalarMatMul.forward(m, n, k, a, 5, lda, w, ldw, null, want, ldc);
                MatMul.forward(m, n, k, a, 5, lda, w, ldw, null, got, ldc);
                assertSame(want, got, "forward without bias m=" + m + " n=" + n);
            }
        }
    }

    @Test
    void forwardWithExampleShapes() {
        int[][] shapes = {{32, 304, 784}, {128, 304, 784}, {30, 304, 784}, {32, 112, 300}, {32, 16, 100}, {1, 304, 784}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            float[] a = random(rng, m * k, 1);
            float[] w = random(rng, k * n, 0.1);
            float[] want = new float[m * n];
            float[] got = new float[m * n];
            ScalarMatMul.forward(m, n, k, a, 0, k, w, n, null, want, n);
            MatMul.forward(m, n, k, a, 0, k, w, n, null, got, n);
            assertSame(want, got, "forward " + m + "x" + k + "x" + n);
        }
    }

    @Test
    void gradientsEqualScalarTwins() {
        for (int n : SIZES) {
            for (int k : new int[] {1, 4, 6, 8, 9, 17, 30}) {
                for (int m : new int[] {1, 2, 5, 7, 8, 9, 32}) {
                    int lda = k + 1;
                    int ldd = n + 2;
                    int ldw = n + 3;
                    float[] a = random(rng, m * lda, 1);
                    float[] d = random(rng, m * ldd, 1);
                    float[] w = random(rng, k * ldw, 1);
                    float[] wantDw = new float[k * ldw];
                    float[] gotDw = new float[k * ldw];
                    ScalarMatMul.weightGradient(m, n, k, a, lda, d, ldd, wantDw, ldw, null);
                    MatMul.weightGradient(m, n, k, a, lda, d, ldd, gotDw, ldw, new float[k * m]);
                    assertSame(wantDw, gotDw, "weightGradient m=" + m + " n=" + n + " k=" + k);
                    float[] wantDb = new float[n];
                    float[] gotDb = new float[n];
                    ScalarMatMul.biasGradient(m, n, d, ldd, wantDb);
                    MatMul.biasGradient(m, n, d, ldd, gotDb);
                    assertSame(wantDb, gotDb, "biasGradient m=" + m + " n=" + n);
                    float[] wt = new float[n * (k + 2)];
                    float[] wantWt = new float[n * (k + 2)];
                    ScalarMatMul.transpose(w, k, n, ldw, wantWt, k + 2);
                    MatMul.transpose(w, k, n, ldw, wt, k + 2);
                    assertSame(wantWt, wt, "transpose n=" + n + " k=" + k);
                    float[] wantDa = new float[m * lda];
                    float[] gotDa = new float[m * lda];
                    ScalarMatMul.inputGradient(m, n, k, d, ldd, wt, k + 2, wantDa, lda);
                    MatMul.inputGradient(m, n, k, d, ldd, wt, k + 2, gotDa, lda);
                    assertSame(wantDa, gotDa, "inputGradient m=" + m + " n=" + n + " k=" + k);
                }
            }
        }
    }

    /** The ranges threads are given: each computes its own part exactly as the whole, and nothing else. */
    @Test
    void rangesComputeTheirPartOnly() {
        int m = 9, k = 37, n = 259, from = 48, to = 208;
        float[] a = random(rng, m * k, 1), w = random(rng, k * n, 1), bias = random(rng, n, 1), d = random(rng, m * n, 1);
        float[] want = new float[m * n];
        ScalarMatMul.forward(m, n, k, a, 0, k, w, n, bias, want, n);
        float[] got = new float[m * n];
        java.util.Arrays.fill(got, -7f);
        float[] panel = random(rng, MatMul.panelSize(m, k), 9);
        MatMul.packRows(m, k, a, 0, k, panel);
        MatMul.forwardColumns(m, from, to, k, a, 0, k, panel, w, n, bias, got, n, random(rng, MatMul.stripSize(k), 9));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float expected = j >= from && j < to ? want[i * n + j] : -7f;
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(got[i * n + j]), "column " + j);
            }
        }
        float[] wantDw = new float[k * n], gotDw = new float[k * n];
        ScalarMatMul.weightGradient(m, n, k, a, k, d, n, wantDw, n, null);
        java.util.Arrays.fill(gotDw, -7f);
        float[] packed = random(rng, MatMul.packedSize(m, n), 9);
        MatMul.packColumns(m, n, d, n, packed);
        MatMul.weightGradientRows(m, n, 4, 30, a, k, d, n, packed, gotDw, n, new float[k * m]);
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                float expected = p >= 4 && p < 30 ? wantDw[p * n + j] : -7f;
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(gotDw[p * n + j]), "row " + p);
            }
        }
    }
}
