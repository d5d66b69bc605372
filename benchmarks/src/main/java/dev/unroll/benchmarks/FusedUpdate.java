package dev.unroll.benchmarks;

import dev.unroll.kernels.AdamUpdate;
import dev.unroll.kernels.Clipping;
import dev.unroll.kernels.MatMul;
import java.util.SplittableRandom;

/**
 * Would fusing the optimizer update into the weight-gradient pass pay? The experiment behind the
 * decision (BENCHMARKS.md): the first layer's weight gradient (784 → 300, rows padded to 304) and
 * Adam over its parameters, once as the generated code runs them (the whole gradient, then the
 * whole update) and once fused by tiles of {@value #TILE} rows (each tile's gradient computed, then
 * updated while it is still in L1/L2, so the gradient never goes to L3 and back). Both give the
 * same bits. And Adam alone over the network's 266,200 parameters, from wherever they live
 * ({@link #update}) and in pieces of {@value #PIECE} that stay in L1 ({@link #updateInL1}): if the
 * two take the same time, the update is bound by its arithmetic (a square root and a division per
 * parameter), not by memory, and keeping the gradient in cache cannot make it faster.
 */
final class FusedUpdate {
    static final int TILE = 48;
    static final int PIECE = 2048;
    static final int PARAMETERS = 784 * 300 + 300 * 100 + 100 * 10;

    private final int m;
    private final float[] a, d, packed, dw, mean, variance, scratch;
    /** The layer's weights, which both ways of updating change. */
    final float[] w;
    private final float[] pw, pg, pm, pv;

    FusedUpdate(int m) {
        this.m = m;
        SplittableRandom random = new SplittableRandom(3);
        int k = Kernels.IN, n = Kernels.STRIDE;
        a = Kernels.fill(random, m * k, 1);
        d = Kernels.fill(random, m * n, 1e-3);
        w = Kernels.fill(random, k * n, 0.1);
        packed = new float[MatMul.packedSize(m, n)];
        dw = new float[k * n];
        mean = new float[k * n];
        variance = new float[k * n];
        scratch = new float[k * m];
        pw = Kernels.fill(random, PARAMETERS, 0.1);
        pg = Kernels.fill(random, PARAMETERS, 1e-3);
        pm = new float[PARAMETERS];
        pv = new float[PARAMETERS];
    }

    /** The weight gradient of the whole layer, then Adam over all of it. */
    float unfused() {
        int k = Kernels.IN, n = Kernels.STRIDE;
        MatMul.packColumns(m, n, d, n, packed);
        MatMul.weightGradientRows(m, n, 0, k, a, k, d, n, packed, dw, n, scratch);
        adam(w, dw, mean, variance, 0, k * n);
        return w[0];
    }

    /** The same, a tile of {@value #TILE} rows at a time: each tile's gradient, then its update. */
    float fused() {
        int k = Kernels.IN, n = Kernels.STRIDE;
        MatMul.packColumns(m, n, d, n, packed);
        for (int p = 0; p < k; p += TILE) {
            int q = Math.min(k, p + TILE);
            MatMul.weightGradientRows(m, n, p, q, a, k, d, n, packed, dw, n, scratch);
            adam(w, dw, mean, variance, p * n, q * n);
        }
        return w[0];
    }

    /** Adam over the network's parameters, one pass over arrays of 1 MB each. */
    float update() {
        adam(pw, pg, pm, pv, 0, PARAMETERS);
        return pw[0];
    }

    /** As many parameter updates as {@link #update}, over pieces of {@value #PIECE} that stay in L1. */
    float updateInL1() {
        for (int done = 0; done < PARAMETERS; done += PIECE) {
            adam(pw, pg, pm, pv, 0, Math.min(PIECE, PARAMETERS - done));
        }
        return pw[0];
    }

    private static void adam(float[] w, float[] g, float[] m, float[] v, int from, int to) {
        AdamUpdate.update(w, g, m, v, null, from, to, 1e-3, 0.9, 0.999, 1e-7, 1f, Clipping.NO_BOUND);
    }
}
