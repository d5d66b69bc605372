package dev.unroll.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

/** Random inputs and float comparisons for the kernel tests. */
final class Arrays2 {
    /** Sizes that leave every kind of vector tail, plus the layer widths of the Fashion-MNIST example and their padded strides. */
    static final int[] SIZES = {1, 7, 8, 9, 259, 10, 16, 100, 112, 300, 304, 784};

    private Arrays2() {}

    static float[] random(SplittableRandom rng, int n, double scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) ((rng.nextDouble() * 2 - 1) * scale);
        }
        return a;
    }

    static float[] positive(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (0.01 + rng.nextDouble());
        }
        return a;
    }

    /** Bit-for-bit equality (NaN equal to NaN). */
    static void assertSame(float[] want, float[] got, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            if (Float.floatToIntBits(want[i]) != Float.floatToIntBits(got[i])) {
                throw new AssertionError(what + "[" + i + "]: scalar " + want[i] + ", vector " + got[i]);
            }
        }
    }

    /** |want − got| ≤ tolerance · max(1, |want|). */
    static void assertClose(float[] want, float[] got, double tolerance, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            double allowed = tolerance * Math.max(1.0, Math.abs(want[i]));
            if (!(Math.abs(want[i] - got[i]) <= allowed)) {
                throw new AssertionError(what + "[" + i + "]: scalar " + want[i] + ", vector " + got[i]);
            }
        }
    }
}
