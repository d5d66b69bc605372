package dev.unroll.benchmarks;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Reads an array once with vector loads and twelve independent sums: the bandwidth a single row's
 * {@code predict}, which reads every weight once, cannot beat.
 */
final class Stream {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private Stream() {}

    static float sum(float[] a) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0;
        FloatVector s6 = s0, s7 = s0, s8 = s0, s9 = s0, s10 = s0, s11 = s0;
        int i = 0;
        for (; i + 12 * L <= a.length; i += 12 * L) {
            s0 = s0.add(FloatVector.fromArray(S, a, i));
            s1 = s1.add(FloatVector.fromArray(S, a, i + L));
            s2 = s2.add(FloatVector.fromArray(S, a, i + 2 * L));
            s3 = s3.add(FloatVector.fromArray(S, a, i + 3 * L));
            s4 = s4.add(FloatVector.fromArray(S, a, i + 4 * L));
            s5 = s5.add(FloatVector.fromArray(S, a, i + 5 * L));
            s6 = s6.add(FloatVector.fromArray(S, a, i + 6 * L));
            s7 = s7.add(FloatVector.fromArray(S, a, i + 7 * L));
            s8 = s8.add(FloatVector.fromArray(S, a, i + 8 * L));
            s9 = s9.add(FloatVector.fromArray(S, a, i + 9 * L));
            s10 = s10.add(FloatVector.fromArray(S, a, i + 10 * L));
            s11 = s11.add(FloatVector.fromArray(S, a, i + 11 * L));
        }
        float rest = 0;
        for (; i < a.length; i++) {
            rest += a[i];
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD) + rest;
    }
}
