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
     * Copies the columns [j, j + vectors·L) of the k rows of {@code w} into {@code ws} from
     * {@code w0}, row after row: the strip the blocks below read with unit stride (which the
     * hardware prefetcher follows), small enough to stay in L2 while every block of rows passes
     * over it.
     */
    static void packStrip(int k, float[] w, int ldw, int j, int vectors, float[] ws, int w0) {
        if (vectors == 3) {
            for (int p = 0, wp = j, q = w0; p < k; p++, wp += ldw, q += 3 * L) {
                FloatVector.fromArray(S, w, wp).intoArray(ws, q);
                FloatVector.fromArray(S, w, wp + L).intoArray(ws, q + L);
                FloatVector.fromArray(S, w, wp + 2 * L).intoArray(ws, q + 2 * L);
            }
        } else {
            for (int p = 0, wp = j, q = w0; p < k; p++, wp += ldw, q += 2 * L) {
                FloatVector.fromArray(S, w, wp).intoArray(ws, q);
                FloatVector.fromArray(S, w, wp + L).intoArray(ws, q + L);
            }
        }
    }

    /**
     * Eight rows of a packed panel by a strip of three vectors: 24 accumulators, 3 weight vectors
     * and 1 broadcast, 28 of the 32 registers of AVX-512 (or NEON). Each loaded weight vector feeds 8
     * fused multiply-adds; the 8 broadcasts of a step come from one index ({@code ap} holds the rows
     * interleaved, {@link MatMul#packRows}), which leaves the JIT enough general registers to keep
     * every address in one and no bounds check in the loop. With {@code accumulate} the block
     * continues the sums already in {@code c} (the next chunk of the summation index) instead of
     * starting from the bias: the same chain of fused multiply-adds, so the same bits.
     */
    static void eightByThreePanel(int k, float[] ap, int a0, float[] ws, int s0, int j, float[] bias,
            boolean accumulate, float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0, b2 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
            b2 = FloatVector.fromArray(S, bias, j + 2 * L);
        }
        FloatVector c00 = b0, c01 = b1, c02 = b2;
        FloatVector c10 = b0, c11 = b1, c12 = b2;
        FloatVector c20 = b0, c21 = b1, c22 = b2;
        FloatVector c30 = b0, c31 = b1, c32 = b2;
        FloatVector c40 = b0, c41 = b1, c42 = b2;
        FloatVector c50 = b0, c51 = b1, c52 = b2;
        FloatVector c60 = b0, c61 = b1, c62 = b2;
        FloatVector c70 = b0, c71 = b1, c72 = b2;
        if (accumulate) {
            c00 = FloatVector.fromArray(S, c, c0);
            c01 = FloatVector.fromArray(S, c, c0 + L);
            c02 = FloatVector.fromArray(S, c, c0 + 2 * L);
            c10 = FloatVector.fromArray(S, c, c0 + ldc);
            c11 = FloatVector.fromArray(S, c, c0 + ldc + L);
            c12 = FloatVector.fromArray(S, c, c0 + ldc + 2 * L);
            c20 = FloatVector.fromArray(S, c, c0 + 2 * ldc);
            c21 = FloatVector.fromArray(S, c, c0 + 2 * ldc + L);
            c22 = FloatVector.fromArray(S, c, c0 + 2 * ldc + 2 * L);
            c30 = FloatVector.fromArray(S, c, c0 + 3 * ldc);
            c31 = FloatVector.fromArray(S, c, c0 + 3 * ldc + L);
            c32 = FloatVector.fromArray(S, c, c0 + 3 * ldc + 2 * L);
            c40 = FloatVector.fromArray(S, c, c0 + 4 * ldc);
            c41 = FloatVector.fromArray(S, c, c0 + 4 * ldc + L);
            c42 = FloatVector.fromArray(S, c, c0 + 4 * ldc + 2 * L);
            c50 = FloatVector.fromArray(S, c, c0 + 5 * ldc);
            c51 = FloatVector.fromArray(S, c, c0 + 5 * ldc + L);
            c52 = FloatVector.fromArray(S, c, c0 + 5 * ldc + 2 * L);
            c60 = FloatVector.fromArray(S, c, c0 + 6 * ldc);
            c61 = FloatVector.fromArray(S, c, c0 + 6 * ldc + L);
            c62 = FloatVector.fromArray(S, c, c0 + 6 * ldc + 2 * L);
            c70 = FloatVector.fromArray(S, c, c0 + 7 * ldc);
            c71 = FloatVector.fromArray(S, c, c0 + 7 * ldc + L);
            c72 = FloatVector.fromArray(S, c, c0 + 7 * ldc + 2 * L);
        }
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 3 * L, x0 = a0 + p * 8;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector w2 = FloatVector.fromArray(S, ws, q + 2 * L);
            FloatVector x = FloatVector.broadcast(S, ap[x0]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            x = FloatVector.broadcast(S, ap[x0 + 1]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
            x = FloatVector.broadcast(S, ap[x0 + 2]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            c22 = x.fma(w2, c22);
            x = FloatVector.broadcast(S, ap[x0 + 3]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            c32 = x.fma(w2, c32);
            x = FloatVector.broadcast(S, ap[x0 + 4]);
            c40 = x.fma(w0, c40);
            c41 = x.fma(w1, c41);
            c42 = x.fma(w2, c42);
            x = FloatVector.broadcast(S, ap[x0 + 5]);
            c50 = x.fma(w0, c50);
            c51 = x.fma(w1, c51);
            c52 = x.fma(w2, c52);
            x = FloatVector.broadcast(S, ap[x0 + 6]);
            c60 = x.fma(w0, c60);
            c61 = x.fma(w1, c61);
            c62 = x.fma(w2, c62);
            x = FloatVector.broadcast(S, ap[x0 + 7]);
            c70 = x.fma(w0, c70);
            c71 = x.fma(w1, c71);
            c72 = x.fma(w2, c72);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
        c10.intoArray(c, c0 + ldc);
        c11.intoArray(c, c0 + ldc + L);
        c12.intoArray(c, c0 + ldc + 2 * L);
        c20.intoArray(c, c0 + 2 * ldc);
        c21.intoArray(c, c0 + 2 * ldc + L);
        c22.intoArray(c, c0 + 2 * ldc + 2 * L);
        c30.intoArray(c, c0 + 3 * ldc);
        c31.intoArray(c, c0 + 3 * ldc + L);
        c32.intoArray(c, c0 + 3 * ldc + 2 * L);
        c40.intoArray(c, c0 + 4 * ldc);
        c41.intoArray(c, c0 + 4 * ldc + L);
        c42.intoArray(c, c0 + 4 * ldc + 2 * L);
        c50.intoArray(c, c0 + 5 * ldc);
        c51.intoArray(c, c0 + 5 * ldc + L);
        c52.intoArray(c, c0 + 5 * ldc + 2 * L);
        c60.intoArray(c, c0 + 6 * ldc);
        c61.intoArray(c, c0 + 6 * ldc + L);
        c62.intoArray(c, c0 + 6 * ldc + 2 * L);
        c70.intoArray(c, c0 + 7 * ldc);
        c71.intoArray(c, c0 + 7 * ldc + L);
        c72.intoArray(c, c0 + 7 * ldc + 2 * L);
    }

    /**
     * Six rows of a packed panel by a strip of two vectors: 12 accumulators, 2 weight vectors and 1
     * broadcast, 15 of the 16 AVX2 registers. (A 4×3 block needs all 16; JDK 17 manages, JDK 25's C2
     * spills and runs at a third of the speed.)
     */
    static void sixByTwoPanel(int k, float[] ap, int a0, float[] ws, int s0, int j, float[] bias,
            boolean accumulate, float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
        }
        FloatVector c00 = b0, c01 = b1;
        FloatVector c10 = b0, c11 = b1;
        FloatVector c20 = b0, c21 = b1;
        FloatVector c30 = b0, c31 = b1;
        FloatVector c40 = b0, c41 = b1;
        FloatVector c50 = b0, c51 = b1;
        if (accumulate) {
            c00 = FloatVector.fromArray(S, c, c0);
            c01 = FloatVector.fromArray(S, c, c0 + L);
            c10 = FloatVector.fromArray(S, c, c0 + ldc);
            c11 = FloatVector.fromArray(S, c, c0 + ldc + L);
            c20 = FloatVector.fromArray(S, c, c0 + 2 * ldc);
            c21 = FloatVector.fromArray(S, c, c0 + 2 * ldc + L);
            c30 = FloatVector.fromArray(S, c, c0 + 3 * ldc);
            c31 = FloatVector.fromArray(S, c, c0 + 3 * ldc + L);
            c40 = FloatVector.fromArray(S, c, c0 + 4 * ldc);
            c41 = FloatVector.fromArray(S, c, c0 + 4 * ldc + L);
            c50 = FloatVector.fromArray(S, c, c0 + 5 * ldc);
            c51 = FloatVector.fromArray(S, c, c0 + 5 * ldc + L);
        }
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 2 * L, x0 = a0 + p * 6;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector x = FloatVector.broadcast(S, ap[x0]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            x = FloatVector.broadcast(S, ap[x0 + 1]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            x = FloatVector.broadcast(S, ap[x0 + 2]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            x = FloatVector.broadcast(S, ap[x0 + 3]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            x = FloatVector.broadcast(S, ap[x0 + 4]);
            c40 = x.fma(w0, c40);
            c41 = x.fma(w1, c41);
            x = FloatVector.broadcast(S, ap[x0 + 5]);
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

    /** Eight rows of a packed panel by one vector of unpacked weights: the vectors after the last whole strip. */
    static void eightByOnePanel(int k, float[] ap, int a0, float[] w, int ldw, int j, float[] bias,
            float[] c, int c0, int ldc) {
        FloatVector b0 = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
        FloatVector c00 = b0, c10 = b0, c20 = b0, c30 = b0, c40 = b0, c50 = b0, c60 = b0, c70 = b0;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            int x0 = a0 + p * 8;
            FloatVector w0 = FloatVector.fromArray(S, w, wp);
            c00 = FloatVector.broadcast(S, ap[x0]).fma(w0, c00);
            c10 = FloatVector.broadcast(S, ap[x0 + 1]).fma(w0, c10);
            c20 = FloatVector.broadcast(S, ap[x0 + 2]).fma(w0, c20);
            c30 = FloatVector.broadcast(S, ap[x0 + 3]).fma(w0, c30);
            c40 = FloatVector.broadcast(S, ap[x0 + 4]).fma(w0, c40);
            c50 = FloatVector.broadcast(S, ap[x0 + 5]).fma(w0, c50);
            c60 = FloatVector.broadcast(S, ap[x0 + 6]).fma(w0, c60);
            c70 = FloatVector.broadcast(S, ap[x0 + 7]).fma(w0, c70);
        }
        c00.intoArray(c, c0);
        c10.intoArray(c, c0 + ldc);
        c20.intoArray(c, c0 + 2 * ldc);
        c30.intoArray(c, c0 + 3 * ldc);
        c40.intoArray(c, c0 + 4 * ldc);
        c50.intoArray(c, c0 + 5 * ldc);
        c60.intoArray(c, c0 + 6 * ldc);
        c70.intoArray(c, c0 + 7 * ldc);
    }

    /** Six rows of a packed panel by one vector of unpacked weights: the vectors after the last whole strip. */
    static void sixByOnePanel(int k, float[] ap, int a0, float[] w, int ldw, int j, float[] bias,
            float[] c, int c0, int ldc) {
        FloatVector b0 = bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
        FloatVector c00 = b0, c10 = b0, c20 = b0, c30 = b0, c40 = b0, c50 = b0;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            int x0 = a0 + p * 6;
            FloatVector w0 = FloatVector.fromArray(S, w, wp);
            c00 = FloatVector.broadcast(S, ap[x0]).fma(w0, c00);
            c10 = FloatVector.broadcast(S, ap[x0 + 1]).fma(w0, c10);
            c20 = FloatVector.broadcast(S, ap[x0 + 2]).fma(w0, c20);
            c30 = FloatVector.broadcast(S, ap[x0 + 3]).fma(w0, c30);
            c40 = FloatVector.broadcast(S, ap[x0 + 4]).fma(w0, c40);
            c50 = FloatVector.broadcast(S, ap[x0 + 5]).fma(w0, c50);
        }
        c00.intoArray(c, c0);
        c10.intoArray(c, c0 + ldc);
        c20.intoArray(c, c0 + 2 * ldc);
        c30.intoArray(c, c0 + 3 * ldc);
        c40.intoArray(c, c0 + 4 * ldc);
        c50.intoArray(c, c0 + 5 * ldc);
    }

    /** The pairs of rows left after the 8-row blocks, over the same strip. */
    static void twoByThreeStrip(int k, float[] a, int a0, int lda, float[] ws, int s0, int j, float[] bias,
            float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0, b2 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
            b2 = FloatVector.fromArray(S, bias, j + 2 * L);
        }
        FloatVector c00 = b0, c01 = b1, c02 = b2;
        FloatVector c10 = b0, c11 = b1, c12 = b2;
        int a1 = a0 + lda;
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 3 * L;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector w2 = FloatVector.fromArray(S, ws, q + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
        c10.intoArray(c, c0 + ldc);
        c11.intoArray(c, c0 + ldc + L);
        c12.intoArray(c, c0 + ldc + 2 * L);
    }

    /** The pairs of rows left after the 6-row blocks (a batch of 32 leaves one), over the same strip. */
    static void twoByTwoStrip(int k, float[] a, int a0, int lda, float[] ws, int s0, int j, float[] bias,
            float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
        }
        FloatVector c00 = b0, c01 = b1;
        FloatVector c10 = b0, c11 = b1;
        int a1 = a0 + lda;
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 2 * L;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c10.intoArray(c, c0 + ldc);
        c11.intoArray(c, c0 + ldc + L);
    }

    /** A last single row after the 8-row blocks, over the same strip. */
    static void oneByThreeStrip(int k, float[] a, int a0, float[] ws, int s0, int j, float[] bias, float[] c, int c0) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0, b2 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
            b2 = FloatVector.fromArray(S, bias, j + 2 * L);
        }
        FloatVector c00 = b0, c01 = b1, c02 = b2;
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 3 * L;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector w2 = FloatVector.fromArray(S, ws, q + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
    }

    /** A last single row after the 6-row blocks, over the same strip. */
    static void oneByTwoStrip(int k, float[] a, int a0, float[] ws, int s0, int j, float[] bias, float[] c, int c0) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
        }
        FloatVector c00 = b0, c01 = b1;
        for (int p = 0; p < k; p++) {
            int q = s0 + p * 2 * L;
            FloatVector w0 = FloatVector.fromArray(S, ws, q);
            FloatVector w1 = FloatVector.fromArray(S, ws, q + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
    }

    /**
     * Two rows by four vectors: the rows left after the tall blocks (a batch of 32 leaves 2 after five
     * blocks of 6), with 8 accumulator chains instead of a single row's matrix-vector product.
     */
    static void twoByFour(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                      float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S), b1 = b0, b2 = b0, b3 = b0;
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
            b1 = FloatVector.fromArray(S, bias, j + L);
            b2 = FloatVector.fromArray(S, bias, j + 2 * L);
            b3 = FloatVector.fromArray(S, bias, j + 3 * L);
        }
        FloatVector c00 = b0, c01 = b1, c02 = b2, c03 = b3;
        FloatVector c10 = b0, c11 = b1, c12 = b2, c13 = b3;
        int a1 = a0 + lda;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector w0 = FloatVector.fromArray(S, w, wp);
            FloatVector w1 = FloatVector.fromArray(S, w, wp + L);
            FloatVector w2 = FloatVector.fromArray(S, w, wp + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, w, wp + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            c03 = x.fma(w3, c03);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
            c13 = x.fma(w3, c13);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
        c03.intoArray(c, c0 + 3 * L);
        c10.intoArray(c, c0 + ldc);
        c11.intoArray(c, c0 + ldc + L);
        c12.intoArray(c, c0 + ldc + 2 * L);
        c13.intoArray(c, c0 + ldc + 3 * L);
    }

    /** Two rows by one vector, for the last vectors of a pair of rows. */
    static void twoByOne(int k, float[] a, int a0, int lda, float[] w, int ldw, int j, float[] bias,
                      float[] c, int c0, int ldc) {
        FloatVector b0 = FloatVector.zero(S);
        if (bias != null) {
            b0 = FloatVector.fromArray(S, bias, j);
        }
        FloatVector c00 = b0;
        FloatVector c10 = b0;
        int a1 = a0 + lda;
        for (int p = 0, wp = j; p < k; p++, wp += ldw) {
            FloatVector w0 = FloatVector.fromArray(S, w, wp);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(w0, c00);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(w0, c10);
        }
        c00.intoArray(c, c0);
        c10.intoArray(c, c0 + ldc);
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
