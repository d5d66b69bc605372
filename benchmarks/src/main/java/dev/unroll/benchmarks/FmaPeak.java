package dev.unroll.benchmarks;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The machine's single-thread FMA peak with {@link FloatVector}: twelve independent chains of fused
 * multiply-adds on the preferred species, enough to cover the FMA latency on two ports, each chain
 * through the addend as in the kernels ({@code c = x·y + c}; chaining through a multiplicand measured
 * 13% slower here). Every kernel figure in the report is given as a fraction of this.
 */
public class FmaPeak extends Measured {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Iterations of the loop; each does 12 vector FMAs. */
    static final int ITERATIONS = 10_000;
    /** Floating-point operations per call (an FMA counts as two). */
    static final double FLOPS = 2.0 * 12 * ITERATIONS * S.length();

    private final float[] seed = {0.9999f, 1.0001f};

    @Benchmark
    public float fma() {
        FloatVector x = FloatVector.broadcast(S, seed[0]), y = FloatVector.broadcast(S, seed[1]);
        FloatVector c0 = x, c1 = x, c2 = x, c3 = x, c4 = x, c5 = x, c6 = y, c7 = y, c8 = y, c9 = y, c10 = y, c11 = y;
        for (int i = 0; i < ITERATIONS; i++) {
            c0 = x.fma(y, c0);
            c1 = x.fma(y, c1);
            c2 = x.fma(y, c2);
            c3 = x.fma(y, c3);
            c4 = x.fma(y, c4);
            c5 = x.fma(y, c5);
            c6 = x.fma(y, c6);
            c7 = x.fma(y, c7);
            c8 = x.fma(y, c8);
            c9 = x.fma(y, c9);
            c10 = x.fma(y, c10);
            c11 = x.fma(y, c11);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .lane(0);
    }
}
