package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Lane sums and exponentials that give the same bits in every JIT tier. The Vector API leaves the
 * order of {@code reduceLanes(ADD)} open and computes {@code lanewise(EXP)} with SVML once compiled
 * but with {@link Math} before, so the same network gave different gradients on its first and
 * later steps. Here a sum is a fixed tree of lane rotations, and {@code exp}/{@code expm1} are built
 * from multiplies and fused multiply-adds only, exactly as {@link ScalarMath} computes them in
 * scalar code: the two agree bit for bit, and the error is within 2 ulp of the true value.
 */
final class VectorMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final VectorShuffle<Float> BY32 = rotation(32);
    private static final VectorShuffle<Float> BY16 = rotation(16);
    private static final VectorShuffle<Float> BY8 = rotation(8);
    private static final VectorShuffle<Float> BY4 = rotation(4);
    private static final VectorShuffle<Float> BY2 = rotation(2);
    private static final VectorShuffle<Float> BY1 = rotation(1);

    static {
        if (L > 64) {
            throw new ExceptionInInitializerError("vectors of " + L + " floats are not supported");
        }
    }

    private VectorMath() {}

    private static VectorShuffle<Float> rotation(int by) {
        return VectorShuffle.fromOp(S, i -> (i + by) % L);
    }

    /** The sum of the lanes, added as a fixed tree: lane i with lane i + L/2, then i + L/4, ... */
    static float sum(FloatVector v) {
        if (L > 32) {
            v = v.add(v.rearrange(BY32));
        }
        if (L > 16) {
            v = v.add(v.rearrange(BY16));
        }
        if (L > 8) {
            v = v.add(v.rearrange(BY8));
        }
        if (L > 4) {
            v = v.add(v.rearrange(BY4));
        }
        if (L > 2) {
            v = v.add(v.rearrange(BY2));
        }
        if (L > 1) {
            v = v.add(v.rearrange(BY1));
        }
        return v.lane(0);
    }

    /** e^x (see {@link ScalarMath#exp}). */
    static FloatVector exp(FloatVector x) {
        FloatVector clamped = x.max(ScalarMath.LOWEST).min(ScalarMath.HIGHEST);
        FloatVector n = clamped.fma(ScalarMath.LOG2E, ScalarMath.ROUND).sub(ScalarMath.ROUND);
        FloatVector r = n.fma(FloatVector.broadcast(S, -ScalarMath.LN2_HI), clamped).add(n.mul(-ScalarMath.LN2_LO));
        FloatVector scale = powerOfTwo(n);
        return scale.fma(expm1Reduced(r), scale);
    }

    /** e^x - 1, accurate near 0. */
    static FloatVector expm1(FloatVector x) {
        FloatVector clamped = x.max(ScalarMath.LOWEST).min(ScalarMath.HIGHEST);
        FloatVector n = clamped.fma(ScalarMath.LOG2E, ScalarMath.ROUND).sub(ScalarMath.ROUND);
        FloatVector r = n.fma(FloatVector.broadcast(S, -ScalarMath.LN2_HI), clamped).add(n.mul(-ScalarMath.LN2_LO));
        FloatVector scale = powerOfTwo(n);
        return scale.fma(expm1Reduced(r), scale.sub(1f));
    }

    /** e^r - 1 for |r| <= ln 2 / 2: r + r² P(r) (Cephes' expf polynomial). */
    private static FloatVector expm1Reduced(FloatVector r) {
        FloatVector p = r.fma(ScalarMath.P0, ScalarMath.P1).fma(r, FloatVector.broadcast(S, ScalarMath.P2))
                .fma(r, FloatVector.broadcast(S, ScalarMath.P3)).fma(r, FloatVector.broadcast(S, ScalarMath.P4))
                .fma(r, FloatVector.broadcast(S, ScalarMath.P5));
        return r.mul(r).fma(p, r);
    }

    /** 2^n for integral n in [-126, 128] (128 gives infinity). */
    private static FloatVector powerOfTwo(FloatVector n) {
        return ((IntVector) n.convert(VectorOperators.F2I, 0)).add(127).lanewise(VectorOperators.LSHL, 23)
                .reinterpretAsFloats();
    }
}
