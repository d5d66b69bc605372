package dev.unroll.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** {@code predict} of one example and of 1,000 (in chunks of the batch size, 128) on 1 and 2 threads. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class Prediction {
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
