package dev.unroll.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Initializer;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each initializer on a 1000 × 800 layer: the sample mean is within 5 standard errors of 0 and the
 * sample variance within 1% of the seed's table (its standard error is about 0.14%); uniform
 * draws stay inside ±r; normal draws are not truncated.
 */
@Tag("widths")
class InitializersTest {
    private static final int FAN_IN = 1000;
    private static final int FAN_OUT = 800;
    private static final int STRIDE = 816;

    @ParameterizedTest
    @EnumSource(value = Initializer.class, names = {"ZEROS", "ONES"}, mode = EnumSource.Mode.EXCLUDE)
    void sampleMomentsMatchTheTable(Initializer initializer) {
        float[] w = draw(initializer, 42);
        double expected = switch (initializer) {
            case GLOROT_UNIFORM, GLOROT_NORMAL -> 1.0 / ((FAN_IN + FAN_OUT) / 2.0);
            case HE_UNIFORM, HE_NORMAL -> 2.0 / FAN_IN;
            default -> 1.0 / FAN_IN;
        };
        double n = (double) FAN_IN * FAN_OUT;
        double sum = 0, squares = 0, max = 0;
        for (int i = 0; i < FAN_IN; i++) {
            for (int j = 0; j < FAN_OUT; j++) {
                double v = w[i * STRIDE + j];
                sum += v;
                squares += v * v;
                max = Math.max(max, Math.abs(v));
            }
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertTrue(Math.abs(mean) < 5 * Math.sqrt(expected / n), initializer + " mean " + mean);
        assertEquals(expected, variance, 0.01 * expected, initializer + " variance");
        double limit = Math.sqrt(3 * expected);
        if (initializer.name().endsWith("UNIFORM")) {
            assertTrue(max <= limit * (1 + 1e-6), initializer + " exceeds its limit " + limit + ": " + max);
            assertTrue(max > 0.999 * limit, initializer + " never comes near its limit");
        } else {
            assertTrue(max > 3 * Math.sqrt(expected), initializer + " looks truncated: max |w| = " + max);
        }
    }

    @ParameterizedTest
    @EnumSource(Initializer.class)
    void sameSeedSameValuesOtherSeedOtherValues(Initializer initializer) {
        float[] a = draw(initializer, 42);
        assertArrayEquals(a, draw(initializer, 42));
        float[] b = draw(initializer, 43);
        boolean constant = initializer == Initializer.ZEROS || initializer == Initializer.ONES;
        assertEquals(constant, Arrays.equals(a, b), initializer + ": other seed");
    }

    @ParameterizedTest
    @EnumSource(value = Initializer.class)
    void paddingStaysZero(Initializer initializer) {
        float[] w = draw(initializer, 1);
        for (int i = 0; i < FAN_IN; i++) {
            for (int j = FAN_OUT; j < STRIDE; j++) {
                assertEquals(0f, w[i * STRIDE + j]);
            }
        }
        if (initializer == Initializer.ONES) {
            assertEquals(1f, w[0]);
        }
        assertFalse(initializer != Initializer.ZEROS && w[0] == 0f && w[1] == 0f);
    }

    private static float[] draw(Initializer initializer, long seed) {
        float[] w = new float[FAN_IN * STRIDE];
        Initializers.fill(initializer, w, FAN_IN, FAN_OUT, STRIDE, FAN_IN, FAN_OUT, Rng.key(seed, 0, 0));
        return w;
    }
}
