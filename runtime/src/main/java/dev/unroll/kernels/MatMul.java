package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The products of a dense layer {@code c = a · w + bias} (a: m×k, w: k×n, c: m×n) and its backward
 * pass, register-blocked: a block of rows × vectors of the result lives in vector registers while
 * the summation index runs, so each loaded weight vector feeds one fused multiply-add per row and
 * each broadcast one per vector. The block is 8 × 3 where the CPU has 32 vector registers and
 * 6 × 2 where it has 16 (12 accumulators of 16 registers leave room for the operands on JDK 25 as
 * on JDK 17); the rows of each block are packed into an interleaved panel and the weights into
 * contiguous column strips (see {@link #block}); rows left over go in pairs, and a product of a
 * single row (a matrix-vector product) reads the weights in place with 12 vectors. Every output element is an fma chain over the summation index in order,
 * exactly as {@link ScalarMatMul} computes it, so the two agree bit for bit, and the result does not
 * depend on the JIT tier. The input gradient runs the same kernel on a transposed copy of the
 * weights ({@link #transpose}), which is cheaper than dot products with lane reductions.
 */
public final class MatMul {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /**
     * The register block, chosen once per vector species and register file: 8 rows × 3 vectors
     * (24 accumulators) where there are 32 vector registers (AVX-512, NEON), 6 × 2 (12) where there
     * are 16 (AVX2). See {@link Registers}.
     */
    private static final boolean TALL = Registers.VECTOR_REGISTERS >= 32;
    /** Rows of the register block; splitting rows at its multiples keeps every block whole. */
    public static final int ROW_BLOCK = TALL ? 8 : 6;
    private static final int VECTORS = TALL ? 3 : 2;
    /** Columns of the register block; splitting columns at its multiples keeps every block whole. */
    public static final int COLUMN_BLOCK = VECTORS * L;
    private static final int ROWS = ROW_BLOCK;
    /**
     * Length of the chunks of the summation index the blocks of rows take in turn, so a chunk of
     * the weight strip (CHUNK × COLUMN_BLOCK floats) stays near L1 while they pass over it. 256
     * measured 0–10% faster than no chunks at 512 bits and the same at 128 and 256 (64, 128 no
     * better); the sums are the same chains either way.
     */
    static final int CHUNK = 256;
    /** Vectors per block for a pair of rows left after the tall blocks. */
    private static final int PAIR = 4;
    /** Vectors per block for a single row (a matrix-vector product). */
    private static final int SINGLE_ROW = 12;

    private MatMul() {}

    /**
     * Floats of the strip buffer the products need for a summation length {@code k}: one column
     * strip of the weights ({@code k × COLUMN_BLOCK}).
     */
    public static int stripSize(int k) {
        return k * COLUMN_BLOCK;
    }

    /** Floats of {@link #packRows}' panel for m rows of length k: the rows of the whole blocks. */
    public static int panelSize(int m, int k) {
        return (m - m % ROWS) * k;
    }

    /**
     * Copies the rows of {@code a} that fill whole blocks of {@link #ROW_BLOCK} rows into
     * {@code panel}, each block's rows interleaved ({@code panel[b·k·R + p·R + r] = a[b·R + r][p]}),
     * so a block reads its broadcasts from one index that advances by R.
     */
    public static void packRows(int m, int k, float[] a, int aOff, int lda, float[] panel) {
        int tall = m - m % ROWS;
        for (int i = 0; i < tall; i += ROWS) {
            int base = i * k;
            for (int r = 0; r < ROWS; r++) {
                int row = aOff + (i + r) * lda;
                for (int p = 0, q = base + r; p < k; p++, q += ROWS) {
                    panel[q] = a[row + p];
                }
            }
        }
    }

    /**
     * {@code c[i][j] = bias[j] + Σ_p a[aOff + i·lda + p] · w[p][j]}; {@code bias} may be null.
     * Allocates its strip buffer; the generated code goes through {@code Parallel}, which keeps one.
     */
    public static void forward(int m, int n, int k, float[] a, int aOff, int lda,
                               float[] w, int ldw, float[] bias, float[] c, int ldc) {
        float[] panel = new float[panelSize(m, k)];
        packRows(m, k, a, aOff, lda, panel);
        block(m, 0, n, k, panel, 0, a, aOff, lda, w, ldw, bias, c, 0, ldc, new float[stripSize(k)]);
    }

    /**
     * {@link #forward} for the columns [from, to) only; {@code from} a multiple of the vector
     * length; {@code panel} holds {@code a}'s rows packed by {@link #packRows} (read only, so
     * threads share it); {@code strip} at least {@link #stripSize stripSize(k)} floats,
     * overwritten. Every element is computed the same way whatever the range, so splitting the
     * columns between threads gives the same bits.
     */
    public static void forwardColumns(int m, int from, int to, int k, float[] a, int aOff, int lda, float[] panel,
                                      float[] w, int ldw, float[] bias, float[] c, int ldc, float[] strip) {
        block(m, from, to, k, panel, 0, a, aOff, lda, w, ldw, bias, c, 0, ldc, strip);
    }

    /**
     * Column strips outside, rows inside: each strip of the weights (k × {@link #COLUMN_BLOCK}) is
     * copied once into {@code strip}, contiguous, and stays in L2 while every block of rows passes
     * over it, so the weights come from memory once per product instead of once per block of rows
     * and are read with unit stride. Below one block of rows there is nothing to share a strip, and
     * the weights are read in place.
     */
    private static void block(int m, int from, int to, int k, float[] panel, int pOff, float[] a, int aOff,
                              int lda, float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc, float[] strip) {
        int width = to - from;
        int wide = from + width - width % COLUMN_BLOCK;
        int vectors = from + width - width % L;
        int tall = m - m % ROWS;
        if (tall == 0) {
            wide = from;
        }
        for (int j = from; j < wide; j += COLUMN_BLOCK) {
            Blocks.packStrip(k, w, ldw, j, VECTORS, strip, 0);
            strip(0, m, tall, j, k, panel, pOff, a, aOff, lda, strip, 0, bias, c, cOff, ldc);
        }
        rest(m, tall, wide, vectors, k, panel, pOff, a, aOff, lda, w, ldw, bias, c, cOff, ldc);
        if (vectors < to) {
            ScalarMatMul.forwardColumns(vectors, m, to, k, a, aOff, lda, w, ldw, bias, c, cOff, ldc);
        }
    }

    /**
     * What the strips leave: the vectors after the last whole strip (all rows), then those columns
     * for the rows after the last block. The columns after the last whole vector are the caller's.
     */
    private static void rest(int m, int tall, int wide, int vectors, int k, float[] panel, int pOff, float[] a,
                             int aOff, int lda, float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc) {
        for (int j = wide; j < vectors; j += L) {
            for (int i = 0; i < tall; i += ROWS) {
                int p0 = pOff + i * k, c0 = cOff + i * ldc + j;
                if (TALL) {
                    Blocks.eightByOnePanel(k, panel, p0, w, ldw, j, bias, c, c0, ldc);
                } else {
                    Blocks.sixByOnePanel(k, panel, p0, w, ldw, j, bias, c, c0, ldc);
                }
            }
        }
        int i = tall;
        for (; i + 2 <= m; i += 2) {
            pair(i, wide, vectors, k, a, aOff, lda, w, ldw, bias, c, cOff, ldc);
        }
        if (i < m) {
            row(i, wide, vectors, k, a, aOff, lda, w, ldw, bias, c, cOff, ldc);
        }
    }

    /** Every row over the packed strip of columns [j, j + COLUMN_BLOCK): blocks of rows, then pairs, then one. */
    private static void strip(int start, int m, int tall, int j, int k, float[] panel, int pOff, float[] a, int aOff,
                              int lda, float[] ws, int w0, float[] bias, float[] c, int cOff, int ldc) {
        // the summation in chunks of CHUNK: the chunk of the strip (CHUNK × COLUMN_BLOCK floats)
        // stays in L1 while every block of rows passes over it
        for (int p = 0; p < k; p += CHUNK) {
            int kc = Math.min(CHUNK, k - p);
            for (int i = start; i < tall; i += ROWS) {
                int p0 = pOff + i * k + p * ROWS, c0 = cOff + i * ldc + j;
                if (TALL) {
                    Blocks.eightByThreePanel(kc, panel, p0, ws, w0 + p * COLUMN_BLOCK, j, bias, p > 0, c, c0, ldc);
                } else {
                    Blocks.sixByTwoPanel(kc, panel, p0, ws, w0 + p * COLUMN_BLOCK, j, bias, p > 0, c, c0, ldc);
                }
            }
        }
        int i = tall;
        for (; i + 2 <= m; i += 2) {
            int a0 = aOff + i * lda, c0 = cOff + i * ldc + j;
            if (TALL) {
                Blocks.twoByThreeStrip(k, a, a0, lda, ws, w0, j, bias, c, c0, ldc);
            } else {
                Blocks.twoByTwoStrip(k, a, a0, lda, ws, w0, j, bias, c, c0, ldc);
            }
        }
        if (i < m) {
            int a0 = aOff + i * lda, c0 = cOff + i * ldc + j;
            if (TALL) {
                Blocks.oneByThreeStrip(k, a, a0, ws, w0, j, bias, c, c0);
            } else {
                Blocks.oneByTwoStrip(k, a, a0, ws, w0, j, bias, c, c0);
            }
        }
    }

    /** Rows i and i + 1, columns [from, vectors). */
    private static void pair(int i, int from, int vectors, int k, float[] a, int aOff, int lda,
                             float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc) {
        int a0 = aOff + i * lda, c0 = cOff + i * ldc;
        int j = from;
        for (; j + PAIR * L <= vectors; j += PAIR * L) {
            Blocks.twoByFour(k, a, a0, lda, w, ldw, j, bias, c, c0 + j, ldc);
        }
        for (; j < vectors; j += L) {
            Blocks.twoByOne(k, a, a0, lda, w, ldw, j, bias, c, c0 + j, ldc);
        }
    }

    /** Row i alone, columns [from, vectors): a matrix-vector product. */
    private static void row(int i, int from, int vectors, int k, float[] a, int aOff, int lda,
                            float[] w, int ldw, float[] bias, float[] c, int cOff, int ldc) {
        int a0 = aOff + i * lda, c0 = cOff + i * ldc;
        int j = from;
        for (; j + SINGLE_ROW * L <= vectors; j += SINGLE_ROW * L) {
            Blocks.oneByTwelve(k, a, a0, w, ldw, j, bias, c, c0 + j);
        }
        for (; j + 3 * L <= vectors; j += 3 * L) {
            Blocks.oneByThree(k, a, a0, w, ldw, j, bias, c, c0 + j);
        }
        for (; j < vectors; j += L) {
            Blocks.oneByOne(k, a, a0, w, ldw, j, bias, c, c0 + j);
        }
    }

    /**
     * Weight gradient {@code dw[p][j] = Σ_i a[i][p] · d[i][j]} (overwrites dw), for p &lt; k, j &lt; n.
     * It copies aᵀ into {@code scratch} (at least k × m floats: the rows of whole blocks as
     * interleaved panels, the rest transposed) and runs the forward blocks on it: summing over the
     * batch with unit-stride broadcasts is about twice as fast as reading {@code a} down its columns,
     * copy included. Allocates the packed copy of d; {@code Parallel} keeps one.
     */
    public static void weightGradient(int m, int n, int k, float[] a, int lda,
                                      float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
        float[] packed = new float[packedSize(m, n)];
        packColumns(m, n, d, ldd, packed);
        weightGradientRows(m, n, 0, k, a, lda, d, ldd, packed, dw, ldw, scratch);
    }

    /** Floats of {@link #packColumns}' result for an m × n matrix. */
    public static int packedSize(int m, int n) {
        return m * (n - n % COLUMN_BLOCK);
    }

    /**
     * Copies the whole strips of columns of {@code d} (m × n) into {@code packed}, strip after
     * strip, each row after row: the operand the weight gradient reads {@code k / ROW_BLOCK} times.
     */
    public static void packColumns(int m, int n, float[] d, int ldd, float[] packed) {
        for (int j = 0, w0 = 0; j + COLUMN_BLOCK <= n; j += COLUMN_BLOCK, w0 += m * COLUMN_BLOCK) {
            Blocks.packStrip(m, d, ldd, j, VECTORS, packed, w0);
        }
    }

    /**
     * {@link #weightGradient} for the rows [from, to) of {@code dw} only (the inputs p of that
     * range): it transposes just those columns of {@code a}, so threads given disjoint ranges share
     * nothing but the read-only operands (d and its strips packed by {@link #packColumns}), and get
     * the same bits as one thread.
     */
    public static void weightGradientRows(int m, int n, int from, int to, float[] a, int lda,
                                          float[] d, int ldd, float[] packed, float[] dw, int ldw, float[] scratch) {
        int rows = to - from, aOff = from * m, cOff = from * ldw;
        int wide = n - n % COLUMN_BLOCK;
        int vectors = n - n % L;
        int tall = rows - rows % ROWS;
        if (tall == 0) {
            wide = 0;
        }
        // aᵀ's rows [from, to) go to scratch: whole blocks as interleaved panels, the rest transposed
        packTransposedPanels(a, lda, m, from, from + tall, scratch, aOff);
        transpose(a, m, from + tall, to, lda, scratch, m);
        // blocks of rows outside, strips inside: a block's panel (ROW_BLOCK × m) stays in L1 while
        // it passes over the packed d, which stays in L2
        for (int i = 0; i < tall; i += ROWS) {
            for (int j = 0, w0 = 0; j < wide; j += COLUMN_BLOCK, w0 += m * COLUMN_BLOCK) {
                strip(i, i + ROWS, i + ROWS, j, m, scratch, aOff, scratch, aOff, m, packed, w0, null, dw, cOff, ldw);
            }
        }
        for (int j = 0, w0 = 0; j < wide; j += COLUMN_BLOCK, w0 += m * COLUMN_BLOCK) {
            strip(tall, rows, tall, j, m, scratch, aOff, scratch, aOff, m, packed, w0, null, dw, cOff, ldw);
        }
        rest(rows, tall, wide, vectors, m, scratch, aOff, scratch, aOff, m, d, ldd, null, dw, cOff, ldw);
        if (vectors < n) {
            ScalarMatMul.weightGradientColumns(vectors, m, n, from, to, a, lda, d, ldd, dw, ldw);
        }
    }

    /**
     * The columns [from, to) of {@code a} (m rows), as the rows of aᵀ in panels of
     * {@link #ROW_BLOCK}: {@code panel[off + b·m·R + i·R + r] = a[i][from + b·R + r]}, R
     * consecutive floats of each row of {@code a} at a time.
     */
    private static void packTransposedPanels(float[] a, int lda, int m, int from, int to, float[] panel, int off) {
        for (int p = from, base = off; p < to; p += ROWS, base += m * ROWS) {
            for (int i = 0, q = base, row = p; i < m; i++, q += ROWS, row += lda) {
                for (int r = 0; r < ROWS; r++) {
                    panel[q + r] = a[row + r];
                }
            }
        }
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
