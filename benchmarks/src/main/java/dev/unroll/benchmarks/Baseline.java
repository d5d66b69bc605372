package dev.unroll.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The plain-Java {@link ScalarMlp}: training at batch 32 and 128, prediction of 1 example. */
public class Baseline extends Measured {
    private final Inputs small = new Inputs(32);
    private final Inputs large = new Inputs(128);
    private final float[] probabilities = new float[Inputs.CLASSES];
    private ScalarMlp batch32;
    private ScalarMlp batch128;

    @Setup
    public void setUp() {
        Mlp32 same = UnrolledMlp32.create();
        float[] parameters = new float[same.parameterCount()];
        same.copyParametersTo(parameters);
        batch32 = new ScalarMlp(32, parameters);
        batch128 = new ScalarMlp(128, parameters);
    }

    @Benchmark
    public float scalarBatch32() {
        small.advance();
        return batch32.trainBatch(small.x(), small.labels());
    }

    @Benchmark
    public float scalarBatch128() {
        large.advance();
        return batch128.trainBatch(large.x(), large.labels());
    }

    @Benchmark
    public float[] scalarPredict1() {
        small.advance();
        batch32.predict(small.x(), 1, probabilities);
        return probabilities;
    }
}
