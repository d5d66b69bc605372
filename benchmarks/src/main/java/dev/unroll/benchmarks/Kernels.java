package dev.unroll.benchmarks;

import dev.unroll.kernels.MatMul;
import dev.unroll.runtime.Parallel;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The three products of the first dense layer, 784 inputs to 300 units, for a batch of
 * {@code m}, as the generated code calls them: through {@link Parallel} on one thread, which packs
 * the operands into buffers it keeps (rows padded to 304 floats). {@code MatMul}'s own
 * {@code forward} etc. allocate those buffers on every call and would measure the allocation. The report
 * counts only the useful 2·m·784·300 operations, so the padding counts against the kernel.
 */
public class Kernels extends Measured {
    static final int IN = 784, UNITS = 300, STRIDE = 304;

    @Param({"32", "128"})
    public int m;

    private final Parallel parallel = new Parallel();
    private float[] x, w, wt, bias, z, delta, dw, dx, scratch;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        x = fill(random, m * IN, 1);
        w = fill(random, IN * STRIDE, 1);
        bias = fill(random, STRIDE, 1);
        delta = fill(random, m * STRIDE, 1);
        wt = new float[STRIDE * IN];
        MatMul.transpose(w, IN, STRIDE, STRIDE, wt, IN);
        z = new float[m * STRIDE];
        dw = new float[IN * STRIDE];
        dx = new float[m * IN];
        scratch = new float[IN * m];
    }

    /** n values drawn uniformly from (−scale, scale): the benchmarks' operands. */
    static float[] fill(SplittableRandom random, int n, double scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        return a;
    }

    /** z = x W + b. */
    @Benchmark
    public float[] forward() {
        parallel.forward(m, STRIDE, IN, x, 0, IN, w, STRIDE, bias, z, STRIDE);
        return z;
    }

    /** dW = xᵀ δ (transposing x included). */
    @Benchmark
    public float[] weightGradient() {
        parallel.weightGradient(m, STRIDE, IN, x, IN, delta, STRIDE, dw, STRIDE, scratch);
        return dw;
    }

    /** dx = δ Wᵀ, with Wᵀ kept by the generated code. */
    @Benchmark
    public float[] inputGradient() {
        parallel.inputGradient(m, STRIDE, IN, delta, STRIDE, wt, IN, dx, IN);
        return dx;
    }
}
