package dev.unroll.benchmarks;

import dev.unroll.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One training step ({@code trainBatch}: forward, loss, backward, Adam) of the generated networks on
 * 1 and 2 threads, next to the plain-Java baseline {@link ScalarMlp} of the same network.
 */
public class Training extends Measured {
    @Param({"1", "2"})
    public int threads;

    private final Inputs small = new Inputs(32);
    private final Inputs large = new Inputs(128);
    private Mlp32 mlp32;
    private Mlp128 mlp128;
    private BnElu32 bnElu32;

    @Setup
    public void setUp() {
        mlp32 = UnrolledMlp32.create();
        mlp128 = UnrolledMlp128.create();
        bnElu32 = UnrolledBnElu32.create();
        for (Model net : new Model[] {mlp32, mlp128, bnElu32}) {
            net.setThreads(threads);
        }
    }

    @TearDown
    public void tearDown() {
        for (Model net : new Model[] {mlp32, mlp128, bnElu32}) {
            net.setThreads(1);
        }
    }

    @Benchmark
    public float mlpBatch32() {
        small.advance();
        return mlp32.trainBatch(small.x(), small.labels(), 32);
    }

    @Benchmark
    public float mlpBatch128() {
        large.advance();
        return mlp128.trainBatch(large.x(), large.labels(), 128);
    }

    @Benchmark
    public float bnEluBatch32() {
        small.advance();
        return bnElu32.trainBatch(small.x(), small.labels(), 32);
    }
}
