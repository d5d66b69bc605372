package dev.unroll.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** {@code predict} of one example and of 1,000 (in chunks of the batch size, 128) on 1 and 2 threads. */
public class Prediction extends Measured {
    @Param({"1", "2"})
    public int threads;

    private final Inputs one = new Inputs(1);
    private final Inputs thousand = new Inputs(1000);
    private final float[] probabilities = new float[1000 * Inputs.CLASSES];
    private Mlp128 net;

    @Setup
    public void setUp() {
        net = UnrolledMlp128.create();
        net.setThreads(threads);
    }

    @TearDown
    public void tearDown() {
        net.setThreads(1);
    }

    @Benchmark
    public float[] predict1() {
        one.advance();
        net.predict(one.x(), 1, probabilities);
        return probabilities;
    }

    @Benchmark
    public float[] predict1000() {
        thousand.advance();
        net.predict(thousand.x(), 1000, probabilities);
        return probabilities;
    }
}
