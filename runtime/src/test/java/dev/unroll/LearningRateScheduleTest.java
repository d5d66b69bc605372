package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Keras' formulas: ExponentialDecay and PiecewiseConstantDecay. */
class LearningRateScheduleTest {
    @Test
    void exponentialDecay() {
        LearningRateSchedule s = LearningRateSchedule.exponentialDecay(0.1, 100, 0.5);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.05, s.rate(100), 1e-15);
        assertEquals(0.1 * Math.pow(0.5, 1.5), s.rate(150), 1e-15);
        LearningRateSchedule stairs = LearningRateSchedule.exponentialDecay(0.1, 100, 0.5, true);
        assertEquals(0.1, stairs.rate(99), 1e-15);
        assertEquals(0.05, stairs.rate(150), 1e-15);
    }

    @Test
    void piecewiseConstantUsesEachValueUpToAndIncludingItsBoundary() {
        LearningRateSchedule s = LearningRateSchedule.piecewiseConstant(new long[] {100, 110}, new double[] {1.0, 0.5, 0.1});
        assertEquals(1.0, s.rate(0));
        assertEquals(1.0, s.rate(100));
        assertEquals(0.5, s.rate(101));
        assertEquals(0.5, s.rate(110));
        assertEquals(0.1, s.rate(111));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponentialDecay(0, 10, 0.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponentialDecay(0.1, 0, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> LearningRateSchedule.piecewiseConstant(new long[] {10}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class,
                () -> LearningRateSchedule.piecewiseConstant(new long[] {10, 5}, new double[] {0.1, 0.2, 0.3}));
    }
}
