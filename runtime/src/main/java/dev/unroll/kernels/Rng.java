package dev.unroll.kernels;

/**
 * The runtime's one source of randomness: SplitMix64 (Steele, Lea and Flood, 2014), fully
 * specified here so that a seed gives the same numbers on every JDK. Besides the sequential
 * generator it offers {@link #key} and {@link #uniform}: a counter-based draw that depends only on
 * its inputs, which is how RReLU picks a slope for (seed, layer, step, element) without state.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finalizer: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key for the stream {@code index} derived from {@code seed}. */
    public static long key(long seed, long index) {
        return mix(seed + GOLDEN_GAMMA * (index + 1));
    }

    /** A key for the stream ({@code a}, {@code b}) derived from {@code seed}. */
    public static long key(long seed, long a, long b) {
        return key(key(seed, a), b);
    }

    /** A uniform draw in [0, 1) that depends only on {@code key} and {@code counter}. */
    public static float uniform(long key, long counter) {
        return (mix(key + GOLDEN_GAMMA * counter) >>> 40) * 0x1.0p-24f;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal by Box-Muller, with {@link StrictMath} so every JDK gives the same value. */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]: the logarithm stays finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }
}
