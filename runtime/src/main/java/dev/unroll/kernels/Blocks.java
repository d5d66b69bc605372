package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register blocks of {@link MatMul}, one small method each so the JIT compiles them whole (a
 * large kernel with many accumulators and tails once failed to compile on JDK 25). Each computes
 * {@code c = bias + a · w} for a block of rows and vectors.
 */
final class Blocks {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Blocks() {}

    private static FloatVector start(float[] bias, int j) {
        return bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
    }

    /**
     * Six rows by two vectors: 12 accumulators, 2 weight vectors and 1 broadcast, 15 of the 16 AVX2
     * registers. (A 4×3 block needs all 16; JDK 17 manages, JDK 25's C2 spills and runs at a third
     * of the speed. 6×2 measured 65 GFLOP/s on JDK 17 and 77 on JDK 25 where 4×3 gave 64 and 21.)
     */
    static void sixByTwo(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                         float[] c, int c0, int ldc) {
        FloatVector b0 = start(bias, j), b1 = start(bias, j + L);
        FloatVector c00 = b0, c01 = b1, c10 = b0, c11 = b1, c20 = b0, c21 = b1;
        FloatVector c30 = b0, c31 = b1, c40 = b0, c41 = b1, c50 = b0, c51 = b1;
        int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector w0 = FloatVector.fromArray(S, w, wp);
            FloatVector w1 = FloatVector.fromArray(S, w, wp + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            x = FloatVector.broadcast(S, a[a2 + p]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            x = FloatVector.broadcast(S, a[a3 + p]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            x = FloatVector.broadcast(S, a[a4 + p]);
            c40 = x.fma(w0, c40);
            c41 = x.fma(w1, c41);
            x = FloatVector.broadcast(S, a[a5 + p]);
            c50 = x.fma(w0, c50);
            c51 = x.fma(w1, c51);
        }
        store2(c, c0, c00, c01);
        store2(c, c0 + ldc, c10, c11);
        store2(c, c0 + 2 * ldc, c20, c21);
        store2(c, c0 + 3 * ldc, c30, c31);
        store2(c, c0 + 4 * ldc, c40, c41);
        store2(c, c0 + 5 * ldc, c50, c51);
    }

    /** Six rows by one vector, for an odd last vector of the columns. */
    static void sixByOne(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                         float[] c, int c0, int ldc) {
        FloatVector c0v = start(bias, j), c1v = c0v, c2v = c0v, c3v = c0v, c4v = c0v, c5v = c0v;
        int a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector wv = FloatVector.fromArray(S, w, wp);
            c0v = FloatVector.broadcast(S, a[a0 + p]).fma(wv, c0v);
            c1v = FloatVector.broadcast(S, a[a1 + p]).fma(wv, c1v);
            c2v = FloatVector.broadcast(S, a[a2 + p]).fma(wv, c2v);
            c3v = FloatVector.broadcast(S, a[a3 + p]).fma(wv, c3v);
            c4v = FloatVector.broadcast(S, a[a4 + p]).fma(wv, c4v);
            c5v = FloatVector.broadcast(S, a[a5 + p]).fma(wv, c5v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + ldc);
        c2v.intoArray(c, c0 + 2 * ldc);
        c3v.intoArray(c, c0 + 3 * ldc);
        c4v.intoArray(c, c0 + 4 * ldc);
        c5v.intoArray(c, c0 + 5 * ldc);
    }

    /**
     * One row, twelve vectors: a matrix-vector product streams the weights once, so it needs twelve
     * independent accumulator chains to keep the FMA units busy (two or three leave it waiting on
     * the FMA latency).
     */
    static void oneByTwelve(int k, float[] a, int a0, float[] w, int ldw, int j, float[] bias, float[] c, int c0) {
        FloatVector c0v = start(bias, j), c1v = start(bias, j + L), c2v = start(bias, j + 2 * L);
        FloatVector c3v = start(bias, j + 3 * L), c4v = start(bias, j + 4 * L), c5v = start(bias, j + 5 * L);
        FloatVector c6v = start(bias, j + 6 * L), c7v = start(bias, j + 7 * L), c8v = start(bias, j + 8 * L);
        FloatVector c9v = start(bias, j + 9 * L), c10v = start(bias, j + 10 * L), c11v = start(bias, j + 11 * L);
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c0v = x.fma(FloatVector.fromArray(S, w, wp), c0v);
            c1v = x.fma(FloatVector.fromArray(S, w, wp + L), c1v);
            c2v = x.fma(FloatVector.fromArray(S, w, wp + 2 * L), c2v);
            c3v = x.fma(FloatVector.fromArray(S, w, wp + 3 * L), c3v);
            c4v = x.fma(FloatVector.fromArray(S, w, wp + 4 * L), c4v);
            c5v = x.fma(FloatVector.fromArray(S, w, wp + 5 * L), c5v);
            c6v = x.fma(FloatVector.fromArray(S, w, wp + 6 * L), c6v);
            c7v = x.fma(FloatVector.fromArray(S, w, wp + 7 * L), c7v);
            c8v = x.fma(FloatVector.fromArray(S, w, wp + 8 * L), c8v);
            c9v = x.fma(FloatVector.fromArray(S, w, wp + 9 * L), c9v);
            c10v = x.fma(FloatVector.fromArray(S, w, wp + 10 * L), c10v);
            c11v = x.fma(FloatVector.fromArray(S, w, wp + 11 * L), c11v);
        }
        store3(c, c0, c0v, c1v, c2v);
        store3(c, c0 + 3 * L, c3v, c4v, c5v);
        store3(c, c0 + 6 * L, c6v, c7v, c8v);
        store3(c, c0 + 9 * L, c9v, c10v, c11v);
    }

    static void oneByThree(int k, float[] a, int a0, float[] w, int ldw, int j, float[] bias, float[] c, int c0) {
        FloatVector c0v = start(bias, j), c1v = start(bias, j + L), c2v = start(bias, j + 2 * L);
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c0v = x.fma(FloatVector.fromArray(S, w, wp), c0v);
            c1v = x.fma(FloatVector.fromArray(S, w, wp + L), c1v);
            c2v = x.fma(FloatVector.fromArray(S, w, wp + 2 * L), c2v);
        }
        store3(c, c0, c0v, c1v, c2v);
    }

    static void oneByOne(int k, float[] a, int a0, float[] w, int ldw, int j, float[] bias, float[] c, int c0) {
        FloatVector acc = start(bias, j);
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            acc = FloatVector.broadcast(S, a[a0 + p]).fma(FloatVector.fromArray(S, w, wp), acc);
        }
        acc.intoArray(c, c0);
    }

    private static void store2(float[] c, int at, FloatVector v0, FloatVector v1) {
        v0.intoArray(c, at);
        v1.intoArray(c, at + L);
    }

    private static void store3(float[] c, int at, FloatVector v0, FloatVector v1, FloatVector v2) {
        v0.intoArray(c, at);
        v1.intoArray(c, at + L);
        v2.intoArray(c, at + 2 * L);
    }
}
