package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register blocks of {@link MatMul}, one small method each so the JIT compiles them whole (a
 * large kernel with many accumulators and tails once failed to compile on JDK 25). Each computes
 * {@code c = bias + a · w} for a block of rows and vectors.
 *
 * <p>No vector enters or leaves a block method, not even through a small helper: C2 stops inlining
 * once a method has inlined enough Vector API code, and a vector passed to a call it did not
 * inline is boxed (an allocation per call). So bias loads and stores are written out in place.
 */
final class Blocks {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Blocks() {}

    /**
     * Six rows by two vectors: 12 accumulators, 2 weight vectors and 1 broadcast, 15 of the 16 AVX2
     * registers. (A 4×3 block needs all 16; JDK 17 manages, JDK 25's C2 spills and runs at a third
     * of the speed. 6×2 measured 65 GFLOP/s on JDK 17 and 77 on JDK 25 where 4×3 gave 64 and 21.)
     */
    static void sixByTwo(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                         float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
        }
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
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc);
        c11.intoArray(c, c0 + ldc + L);
        c20.intoArray(c, c0 + 2 * ldc);
        c21.intoArray(c, c0 + 2 * ldc + L);
        c30.intoArray(c, c0 + 3 * ldc);
        c31.intoArray(c, c0 + 3 * ldc + L);
        c40.intoArray(c, c0 + 4 * ldc);
        c41.intoArray(c, c0 + 4 * ldc + L);
        c50.intoArray(c, c0 + 5 * ldc);
        c51.intoArray(c, c0 + 5 * ldc + L);
    }

    /** Six rows by one vector, for an odd last vector of the columns. */
    static void sixByOne(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                         float[] c, int c0, int ldc) {
        FloatVector b = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
        FloatVector c0v = b, c1v = b, c2v = b, c3v = b, c4v = b, c5v = b;
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
        FloatVector c0v = FloatVector.zero(S), c1v = c0v, c2v = c0v, c3v = c0v, c4v = c0v, c5v = c0v;
        FloatVector c6v = c0v, c7v = c0v, c8v = c0v, c9v = c0v, c10v = c0v, c11v = c0v;
        if (bias != null) {
            c0v = FloatVector.fromArray(S, bias, j);
            c1v = FloatVector.fromArray(S, bias, j + L);
            c2v = FloatVector.fromArray(S, bias, j + 2 * L);
            c3v = FloatVector.fromArray(S, bias, j + 3 * L);
            c4v = FloatVector.fromArray(S, bias, j + 4 * L);
            c5v = FloatVector.fromArray(S, bias, j + 5 * L);
            c6v = FloatVector.fromArray(S, bias, j + 6 * L);
            c7v = FloatVector.fromArray(S, bias, j + 7 * L);
            c8v = FloatVector.fromArray(S, bias, j + 8 * L);
            c9v = FloatVector.fromArray(S, bias, j + 9 * L);
            c10v = FloatVector.fromArray(S, bias, j + 10 * L);
            c11v = FloatVector.fromArray(S, bias, j + 11 * L);
        }
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
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + L);
        c2v.intoArray(c, c0 + 2 * L);
        c3v.intoArray(c, c0 + 3 * L);
        c4v.intoArray(c, c0 + 4 * L);
        c5v.intoArray(c, c0 + 5 * L);
        c6v.intoArray(c, c0 + 6 * L);
        c7v.intoArray(c, c0 + 7 * L);
        c8v.intoArray(c, c0 + 8 * L);
        c9v.intoArray(c, c0 + 9 * L);
        c10v.intoArray(c, c0 + 10 * L);
        c11v.intoArray(c, c0 + 11 * L);
    }

    static void oneByThree(int k, float[] a, int a0, float[] w, int ldw, int j, float[] bias, float[] c, int c0) {
        FloatVector c0v = FloatVector.zero(S), c1v = c0v, c2v = c0v;
        if (bias != null) {
            c0v = FloatVector.fromArray(S, bias, j);
            c1v = FloatVector.fromArray(S, bias, j + L);
            c2v = FloatVector.fromArray(S, bias, j + 2 * L);
        }
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c0v = x.fma(FloatVector.fromArray(S, w, wp), c0v);
            c1v = x.fma(FloatVector.fromArray(S, w, wp + L), c1v);
            c2v = x.fma(FloatVector.fromArray(S, w, wp + 2 * L), c2v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + L);
        c2v.intoArray(c, c0 + 2 * L);
    }

    static void oneByOne(int k, float[] a, int a0, float[] w, int ldw, int j, float[] bias, float[] c, int c0) {
        FloatVector acc = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            acc = FloatVector.broadcast(S, a[a0 + p]).fma(FloatVector.fromArray(S, w, wp), acc);
        }
        acc.intoArray(c, c0);
    }
}
