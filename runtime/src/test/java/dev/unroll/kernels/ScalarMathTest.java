package dev.unroll.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runtime's own exponentials against double-precision {@link Math}, correctly rounded to float,
 * over dense grids: within 2 ulp everywhere the result is a normal float, and exact at 0 and in
 * the limits.
 */
@Tag("widths")
class ScalarMathTest {
    private interface FloatFunction {
        float apply(float x);
    }

    /** The largest error in ulp of {@code f} against {@code reference} on [from, to] in {@code steps}. */
    private static double maxUlps(FloatFunction f, DoubleUnaryOperator reference, float from, float to, int steps) {
        double worst = 0;
        for (int i = 0; i <= steps; i++) {
            float x = from + (to - from) * i / steps;
            float want = (float) reference.applyAsDouble(x);
            if (Math.abs(want) < Float.MIN_NORMAL) {
                continue;
            }
            worst = Math.max(worst, Math.abs(f.apply(x) - want) / Math.ulp(want));
        }
        return worst;
    }

    @Test
    void expWithinTwoUlp() {
        double worst = maxUlps(ScalarMath::exp, Math::exp, -87f, 88f, 2_000_000);
        assertTrue(worst <= 2, "exp: " + worst + " ulp");
        assertEquals(1f, ScalarMath.exp(0f));
        assertEquals(Float.POSITIVE_INFINITY, ScalarMath.exp(100f));
        assertTrue(ScalarMath.exp(-200f) < 1.2e-38f);
        assertTrue(Float.isNaN(ScalarMath.exp(Float.NaN)));
    }

    @Test
    void expm1WithinTwoUlpAlsoNearZero() {
        double worst = maxUlps(ScalarMath::expm1, Math::expm1, -30f, 30f, 2_000_000);
        double nearZero = maxUlps(ScalarMath::expm1, Math::expm1, -1e-3f, 1e-3f, 200_000);
        assertTrue(worst <= 2, "expm1: " + worst + " ulp");
        assertTrue(nearZero <= 2, "expm1 near 0: " + nearZero + " ulp");
        assertEquals(0f, ScalarMath.expm1(0f));
        assertEquals(-1f, ScalarMath.expm1(-50f));
    }

    @Test
    void tanhAndSigmoidAccurate() {
        double tanh = maxUlps(ScalarMath::tanh, Math::tanh, -20f, 20f, 2_000_000);
        double tanhNearZero = maxUlps(ScalarMath::tanh, Math::tanh, -1e-3f, 1e-3f, 200_000);
        double sigmoid = maxUlps(ScalarMath::sigmoid, x -> 1 / (1 + Math.exp(-x)), -80f, 40f, 2_000_000);
        assertTrue(tanh <= 4, "tanh: " + tanh + " ulp");
        assertTrue(tanhNearZero <= 4, "tanh near 0: " + tanhNearZero + " ulp");
        assertTrue(sigmoid <= 4, "sigmoid: " + sigmoid + " ulp");
        assertEquals(1f, ScalarMath.tanh(50f));
        assertEquals(-1f, ScalarMath.tanh(-50f));
        assertEquals(0f, ScalarMath.sigmoid(-200f), 1e-38f);
    }
}
