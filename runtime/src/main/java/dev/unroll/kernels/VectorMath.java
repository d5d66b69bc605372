package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Lane sums and exponentials that give the same bits in every JIT tier, at every vector width,
 * without allocating on JDK 17 or 25.
 *
 * <p>Same bits: the Vector API leaves the order of {@code reduceLanes(ADD)} open and computes
 * {@code lanewise(EXP)} with SVML once compiled but with {@link Math} before, so the same network
 * gave different gradients on its first and later steps. Here a sum is a fixed tree of lane
 * rotations ({@link #HALVINGS}), and {@code exp}/{@code expm1} are built from multiplies and fused
 * multiply-adds only, exactly as {@link ScalarMath} computes them in scalar code: the two agree bit
 * for bit, and the error is within 2 ulp of the true value.
 *
 * <p>No allocation: a vector that crosses a call C2 does not inline is boxed, and C2 declines to
 * inline a vector helper into a large caller often enough (seen on JDK 25 in {@code
 * computeGradients}) that the exponentials here are loops over arrays, with every vector a local of
 * one method. The integer part {@code n} of {@code x / ln 2} becomes the exponent bits of 2^n by
 * reinterpreting the bits of {@code n + 1.5·2^23}, not by {@code convert(F2I)}, which JDK 17 does not
 * intrinsify (it falls back to Java code that allocates arrays and boxed vectors).
 */
final class VectorMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** The bits of {@link ScalarMath#ROUND} = 1.5·2^23: those of ROUND + n are these plus n, for |n| &lt; 2^22. */
    private static final int ROUND_BITS = Float.floatToRawIntBits(ScalarMath.ROUND);

    /**
     * Rotations by L/2, L/4, ..., 1 lanes. Adding each rotation in turn sums lane i with lane
     * i + L/2, then i + L/4, ...: the fixed tree the callers use inline, as
     * {@code for (var r : HALVINGS) acc = acc.add(acc.rearrange(r)); sum = acc.lane(0);}, so the
     * accumulator never leaves their method.
     */
    static final VectorShuffle<Float>[] HALVINGS = halvings();

    private VectorMath() {}

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Float>[] halvings() {
        int count = Integer.numberOfTrailingZeros(L);
        VectorShuffle<Float>[] rotations = new VectorShuffle[count];
        for (int i = 0, by = L / 2; i < count; i++, by /= 2) {
            int shift = by;
            rotations[i] = VectorShuffle.fromOp(S, lane -> (lane + shift) % L);
        }
        return rotations;
    }

    /** y[i] = e^(a·z[i]) for i below {@code bound}, a multiple of the vector length (see {@link ScalarMath#exp}). */
    static void exp(float[] z, float a, float[] y, int bound) {
        exponential(z, a, y, bound, 0f);
    }

    /** y[i] = e^(a·z[i]) - 1 for i below {@code bound}, accurate near 0 (see {@link ScalarMath#expm1}). */
    static void expm1(float[] z, float a, float[] y, int bound) {
        exponential(z, a, y, bound, 1f);
    }

    /**
     * y = 2^n (1 + q) - shift with q = e^r - 1 = r + r² P(r), |r| ≤ ln 2 / 2 (Cephes' expf
     * polynomial), computed as 2^n q + (2^n - shift): the form {@link ScalarMath} uses for both
     * (shift 0 gives e^x, shift 1 gives e^x - 1).
     */
    private static void exponential(float[] z, float a, float[] y, int bound, float shift) {
        FloatVector lowest = FloatVector.broadcast(S, ScalarMath.LOWEST);
        FloatVector highest = FloatVector.broadcast(S, ScalarMath.HIGHEST);
        FloatVector round = FloatVector.broadcast(S, ScalarMath.ROUND);
        FloatVector minusLn2Hi = FloatVector.broadcast(S, -ScalarMath.LN2_HI);
        FloatVector p2 = FloatVector.broadcast(S, ScalarMath.P2);
        FloatVector p3 = FloatVector.broadcast(S, ScalarMath.P3);
        FloatVector p4 = FloatVector.broadcast(S, ScalarMath.P4);
        FloatVector p5 = FloatVector.broadcast(S, ScalarMath.P5);
        for (int i = 0; i < bound; i += L) {
            FloatVector x = FloatVector.fromArray(S, z, i).mul(a).max(lowest).min(highest);
            FloatVector shifted = x.fma(ScalarMath.LOG2E, ScalarMath.ROUND);
            FloatVector n = shifted.sub(round);
            FloatVector r = n.fma(minusLn2Hi, x).add(n.mul(-ScalarMath.LN2_LO));
            FloatVector scale = shifted.reinterpretAsInts().sub(ROUND_BITS - 127)
                    .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector p = r.fma(ScalarMath.P0, ScalarMath.P1).fma(r, p2).fma(r, p3).fma(r, p4).fma(r, p5);
            FloatVector q = r.mul(r).fma(p, r);
            scale.fma(q, scale.sub(shift)).intoArray(y, i);
        }
    }
}
