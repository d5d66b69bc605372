package dev.unroll.benchmarks;

import dev.unroll.kernels.Activations;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The exponential activations over the 128 × 304 outputs of the 784 → 300 layer at batch 128, as
 * the generated code calls them: the kernels whose vector exponential runs as a pass over arrays.
 */
public class ActivationKernels extends Measured {
    static final int LEN = 128 * 304;

    private final float[] z = new float[LEN];
    private final float[] y = new float[LEN];

    public ActivationKernels() {
        Random random = new Random(5);
        for (int i = 0; i < LEN; i++) {
            z[i] = (float) random.nextGaussian() * 2;
        }
    }

    @Benchmark
    public float[] sigmoid() {
        Activations.sigmoid(z, y, LEN);
        return y;
    }

    @Benchmark
    public float[] tanh() {
        Activations.tanh(z, y, LEN);
        return y;
    }

    @Benchmark
    public float[] elu() {
        Activations.elu(z, y, LEN, 1f);
        return y;
    }

    @Benchmark
    public float[] selu() {
        Activations.selu(z, y, LEN);
        return y;
    }
}
