package dev.unroll.benchmarks;

import dev.unroll.runtime.Parallel;
import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;

/**
 * Would a layout made for one row pay for {@code predict} of a single row? The experiment behind
 * the decision (BENCHMARKS.md): the first layer's product for one row (784 → 300, rows padded to
 * 304) as the generated code runs it, reading the weights in place (each pass of the one-row
 * kernel reads 12 vectors of every weight row, the rows 1,216 bytes apart), and on a copy of the
 * weights cut into column strips of that pass's width, each strip contiguous, so every pass streams
 * memory in order. The copy would have to be kept in step with every write to the weights.
 */
final class RowLayout {
    private static final int WIDTH = 12 * FloatVector.SPECIES_PREFERRED.length();

    private final Parallel parallel = new Parallel();
    private final float[] x, w, bias;
    private final float[][] strips, stripBias;
    /** The outputs: of {@link #inPlace}, and of {@link #contiguous} strip by strip. */
    final float[] z;
    final float[][] stripZ;
    private final int[] widths;

    RowLayout() {
        int k = Kernels.IN, n = Kernels.STRIDE;
        SplittableRandom random = new SplittableRandom(4);
        x = Kernels.fill(random, k, 1);
        w = Kernels.fill(random, k * n, 0.05);
        bias = new float[n];
        z = new float[n];
        int count = (n + WIDTH - 1) / WIDTH;
        strips = new float[count][];
        stripBias = new float[count][];
        stripZ = new float[count][];
        widths = new int[count];
        for (int s = 0; s < count; s++) {
            int from = s * WIDTH, width = Math.min(WIDTH, n - from);
            widths[s] = width;
            strips[s] = new float[k * width];
            stripBias[s] = new float[width];
            stripZ[s] = new float[width];
            for (int p = 0; p < k; p++) {
                System.arraycopy(w, p * n + from, strips[s], p * width, width);
            }
        }
    }

    /** One row through the layer, the weights read in place. */
    float inPlace() {
        parallel.forward(1, Kernels.STRIDE, Kernels.IN, x, 0, Kernels.IN, w, Kernels.STRIDE, bias, z, Kernels.STRIDE);
        return z[0];
    }

    /** The same from the strip copy: each strip contiguous. */
    float contiguous() {
        for (int s = 0; s < strips.length; s++) {
            parallel.forward(1, widths[s], Kernels.IN, x, 0, Kernels.IN, strips[s], widths[s], stripBias[s], stripZ[s],
                    widths[s]);
        }
        return stripZ[0][0];
    }
}
