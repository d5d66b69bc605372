package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The products of a dense layer {@code c = a · w + bias} (a: m×k, w: k×n, c: m×n) and its backward
 * pass, register-blocked: a block of 6 rows × 2 vectors of the result lives in 12 vector registers
 * while the summation index runs, so each loaded weight vector feeds 6 fused multiply-adds and each
 * broadcast feeds 2 (on AVX2 that is 12 accumulators of the 16 registers, leaving room for the
 * operands on JDK 25 as on JDK 17). A single row (a matrix-vector product) uses 12 vectors of one
 * row instead. Every output element is an fma chain over the summation index in order,
 * exactly as {@link ScalarMatMul} computes it, so the two agree bit for bit, and the result does not
 * depend on the JIT tier. The input gradient runs the same kernel on a transposed copy of the
 * weights ({@link #transpose}), which is cheaper than dot products with lane reductions.
 */
public final class MatMul {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the register block; splitting rows at its multiples keeps every block whole. */
    public static final int ROW_BLOCK = 6;
    /** Columns of the register block (two vectors); splitting columns at its multiples keeps every block whole. */
    public static final int COLUMN_BLOCK = 2 * L;
    private static final int ROWS = ROW_BLOCK;
    private static final int VECTORS = 2;
    /** Vectors per block for a single row (a matrix-vector product). */
    private static final int SINGLE_ROW = 12;

    private MatMul() {}

    /** {@code c[i][j] = bias[j] + Σ_p a[aOff + i·lda + p] · w[p][j]}; {@code bias} may be null. */
    public static void forward(int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int ldc) {
        block(m, 0, n, k, a, aOff, lda, w, ldw, bias, c, 0, ldc);
    }

    /**
     * {@link #forward} for the columns [from, to) only; {@code from} a multiple of the vector
     * length. Every element is computed the same way whatever the range, so splitting the columns
     * between threads gives the same bits.
     */
    public static void forwardColumns(int m, int from, int to, int k, float[] a, int aOff, int lda,
                                      float[] w, int ldw, float[] bias, float[] c, int ldc) {
        block(m, from, to, k, a, aOff, lda, w, ldw, bias, c, 0, ldc);
    }

    private static void block(int m, int from, int to, int k, float[] a, int aOff, int lda,
                              float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc) {
        int width = to - from;
        int wide = from + width - width % (VECTORS * L);
        int vectors = from + width - width % L;
        int i = 0;
        for (; i + ROWS <= m; i += ROWS) {
            int a0 = aOff + i * lda, c0 = cOff + i * ldc;
            for (int j = from; j < wide; j += VECTORS * L) {
                Blocks.sixByTwo(k, a, a0, lda, w, ldw, j, bias, c, c0 + j, ldc);
            }
            for (int j = wide; j < vectors; j += L) {
                Blocks.sixByOne(k, a, a0, lda, w, ldw, j, bias, c, c0 + j, ldc);
            }
        }
        int longest = from + width - width % (SINGLE_ROW * L);
        for (; i < m; i++) {
            int a0 = aOff + i * lda, c0 = cOff + i * ldc;
            for (int j = from; j < longest; j += SINGLE_ROW * L) {
                Blocks.oneByTwelve(k, a, a0, w, ldw, j, bias, c, c0 + j);
            }
            int j = longest;
            for (; j + 3 * L <= vectors; j += 3 * L) {
                Blocks.oneByThree(k, a, a0, w, ldw, j, bias, c, c0 + j);
            }
            for (; j < vectors; j += L) {
                Blocks.oneByOne(k, a, a0, w, ldw, j, bias, c, c0 + j);
            }
        }
        if (vectors < to) {
            ScalarMatMul.forwardColumns(vectors, m, to, k, a, aOff, lda, w, ldw, bias, c, cOff, ldc);
        }
    }

    /**
     * Weight gradient {@code dw[p][j] = Σ_i a[i][p] · d[i][j]} (overwrites dw), for p &lt; k, j &lt; n.
     * It transposes {@code a} into {@code scratch} (at least k × m floats) and runs the forward
     * blocks on it: summing over the batch with unit-stride broadcasts is about twice as fast as
     * reading {@code a} down its columns, transpose included.
     */
    public static void weightGradient(int m, int n, int k, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
        weightGradientRows(m, n, 0, k, a, lda, d, ldd, dw, ldw, scratch);
    }

    /**
     * {@link #weightGradient} for the rows [from, to) of {@code dw} only (the inputs p of that
     * range): it transposes just those columns of {@code a}, so threads given disjoint ranges share
     * nothing but the read-only operands, and get the same bits as one thread.
     */
    public static void weightGradientRows(int m, int n, int from, int to, float[] a, int lda,
                                          float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
        transpose(a, m, from, to, lda, scratch, m);
        block(to - from, 0, n, m, scratch, from * m, m, d, ldd, null, dw, from * ldw, ldw);
    }

    /** Bias gradient {@code db[j] = Σ_i d[i][j]} (overwrites db), for j &lt; n. */
    public static void biasGradient(int m, int n, float[] d, int ldd, float[] db) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                acc = acc.add(FloatVector.fromArray(S, d, i * ldd + j));
            }
            acc.intoArray(db, j);
        }
        ScalarMatMul.biasGradientColumns(bound, m, n, d, ldd, db);
    }

    /**
     * {@code wt[j][p] = w[p][j]} for p &lt; k, j &lt; n: the weights transposed, so the input gradient is
     * a forward product. Columns of {@code wt} from k on are left as they are (zero padding).
     */
    public static void transpose(float[] w, int k, int n, int ldw, float[] wt, int ldt) {
        transpose(w, k, 0, n, ldw, wt, ldt);
    }

    /** {@link #transpose} of the columns [from, to) of {@code w} only: rows [from, to) of {@code wt}. */
    public static void transpose(float[] w, int k, int from, int to, int ldw, float[] wt, int ldt) {
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            int r0 = p * ldw, r1 = r0 + ldw, r2 = r1 + ldw, r3 = r2 + ldw;
            for (int j = from, q = from * ldt + p; j < to; j++, q += ldt) {
                wt[q] = w[r0 + j];
                wt[q + 1] = w[r1 + j];
                wt[q + 2] = w[r2 + j];
                wt[q + 3] = w[r3 + j];
            }
        }
        for (; p < k; p++) {
            for (int j = from; j < to; j++) {
                wt[j * ldt + p] = w[p * ldw + j];
            }
        }
    }

    /**
     * Input gradient {@code da[i][p] = Σ_j d[i][j] · wt[j][p]} (overwrites da) for i &lt; m, p &lt; k,
     * with {@code wt} the transposed weights from {@link #transpose}: a forward product without bias.
     */
    public static void inputGradient(int m, int n, int k, float[] d, int ldd,
                                     float[] wt, int ldt, float[] da, int lda) {
        forward(m, k, n, d, 0, ldd, wt, ldt, null, da, lda);
    }
}
