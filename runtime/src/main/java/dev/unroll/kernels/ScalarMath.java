package dev.unroll.kernels;

/**
 * The scalar twins of {@link VectorMath}'s exponentials, operation for operation, so vector kernels,
 * their tails and their scalar twins all give the same bits. {@code exp(x) = 2^n e^r} with
 * {@code n = round(x / ln 2)} and {@code r = x - n ln 2} (ln 2 split in two parts), and
 * {@code e^r - 1 = r + r² P(r)} with Cephes' degree-5 polynomial for expf.
 */
public final class ScalarMath {
    static final float LOG2E = 1.44269504088896341f;
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 · 2^23: adding and subtracting it rounds a float to the nearest integer. */
    static final float ROUND = 12582912f;
    /** Below this e^x is below the smallest normal float; e^x - 1 is -1. */
    static final float LOWEST = -87.33f;
    /** From about 88.38 on, n reaches 128 and e^x is infinite (the float limit is 88.72). */
    static final float HIGHEST = 88.73f;
    static final float P0 = 1.9875691500e-4f;
    static final float P1 = 1.3981999507e-3f;
    static final float P2 = 8.3334519073e-3f;
    static final float P3 = 4.1665795894e-2f;
    static final float P4 = 1.6666665459e-1f;
    static final float P5 = 5.0000001201e-1f;

    private ScalarMath() {}

    /**
     * e^x within 2 ulp. Below -87.33 it returns the smallest normal float rather than a subnormal;
     * from 88.38 on it returns infinity, slightly before the true overflow at 88.72.
     */
    public static float exp(float x) {
        float clamped = Math.min(Math.max(x, LOWEST), HIGHEST);
        float n = Math.fma(clamped, LOG2E, ROUND) - ROUND;
        float r = Math.fma(n, -LN2_HI, clamped) + n * -LN2_LO;
        float scale = powerOfTwo(n);
        return Math.fma(scale, expm1Reduced(r), scale);
    }

    /** e^x - 1, accurate near 0. */
    public static float expm1(float x) {
        float clamped = Math.min(Math.max(x, LOWEST), HIGHEST);
        float n = Math.fma(clamped, LOG2E, ROUND) - ROUND;
        float r = Math.fma(n, -LN2_HI, clamped) + n * -LN2_LO;
        float scale = powerOfTwo(n);
        return Math.fma(scale, expm1Reduced(r), scale - 1f);
    }

    private static float expm1Reduced(float r) {
        float p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(r, P0, P1), r, P2), r, P3), r, P4), r, P5);
        return Math.fma(r * r, p, r);
    }

    private static float powerOfTwo(float n) {
        return Float.intBitsToFloat(((int) n + 127) << 23);
    }

    /** 1 / (1 + e^-z). */
    public static float sigmoid(float z) {
        return 1f / (1f + exp(-z));
    }

    /** tanh z = -t / (t + 2) with t = e^{-2|z|} - 1, sign restored: no cancellation near 0, no overflow. */
    public static float tanh(float z) {
        float t = expm1(-2f * Math.abs(z));
        float magnitude = -t / (t + 2f);
        return z < 0 ? -magnitude : magnitude;
    }
}
