package dev.unroll.kernels;

import dev.unroll.Initializer;

/**
 * Fills a {@code rows × cols} block (row distance {@code stride}) with the initializer's draws
 * from its own stream of {@link Rng}, row by row. The variances are the seed's table: Glorot
 * 1/fan_avg, He 2/fan_in, LeCun 1/fan_in; uniform draws use r = sqrt(3 σ²). Normal draws are not
 * truncated. Padding columns are left untouched.
 */
public final class Initializers {
    private Initializers() {}

    public static void fill(Initializer initializer, float[] w, int rows, int cols, int stride,
                            int fanIn, int fanOut, long seed) {
        switch (initializer) {
            case ZEROS -> fillConstant(w, rows, cols, stride, 0f);
            case ONES -> fillConstant(w, rows, cols, stride, 1f);
            default -> fillRandom(initializer, w, rows, cols, stride, variance(initializer, fanIn, fanOut), seed);
        }
    }

    /** The variance σ² the initializer aims for; 0 for the constant ones. */
    public static double variance(Initializer initializer, int fanIn, int fanOut) {
        return switch (initializer) {
            case GLOROT_UNIFORM, GLOROT_NORMAL -> 2.0 / (fanIn + fanOut);
            case HE_UNIFORM, HE_NORMAL -> 2.0 / fanIn;
            case LECUN_UNIFORM, LECUN_NORMAL -> 1.0 / fanIn;
            case ZEROS, ONES -> 0.0;
        };
    }

    private static boolean isUniform(Initializer initializer) {
        return initializer == Initializer.GLOROT_UNIFORM || initializer == Initializer.HE_UNIFORM
                || initializer == Initializer.LECUN_UNIFORM;
    }

    private static void fillRandom(Initializer initializer, float[] w, int rows, int cols, int stride,
                                   double variance, long seed) {
        Rng rng = new Rng(seed);
        boolean uniform = isUniform(initializer);
        double limit = Math.sqrt(3.0 * variance);
        double sigma = Math.sqrt(variance);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double draw = uniform ? (2.0 * rng.nextDouble() - 1.0) * limit : rng.nextGaussian() * sigma;
                w[i * stride + j] = (float) draw;
            }
        }
    }

    private static void fillConstant(float[] w, int rows, int cols, int stride, float value) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                w[i * stride + j] = value;
            }
        }
    }
}
