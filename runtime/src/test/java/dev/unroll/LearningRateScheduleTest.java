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

    @Test
    void cosineDecayAsKeras() {
        LearningRateSchedule s = LearningRateSchedule.cosineDecay(0.1, 100, 0.1);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.1 * (0.9 * 0.5 + 0.1), s.rate(50), 1e-15);
        assertEquals(0.1 * (0.9 * 0.5 * (1 + Math.cos(Math.PI * 0.25)) + 0.1), s.rate(25), 1e-15);
        assertEquals(0.01, s.rate(100), 1e-15);
        assertEquals(0.01, s.rate(1000), 1e-15);
        assertEquals(Double.MIN_NORMAL, LearningRateSchedule.cosineDecay(0.1, 10, 0).rate(10));
    }

    @Test
    void cosineDecayWithWarmupRisesLinearlyThenDecaysFromTheTarget() {
        LearningRateSchedule s = LearningRateSchedule.cosineDecay(0.0, 100, 0, 10, 1.0);
        assertEquals(0.0, s.rate(0), 1e-15);
        assertEquals(0.5, s.rate(5), 1e-15);
        assertEquals(1.0, s.rate(10), 1e-15);
        assertEquals(0.5, s.rate(60), 1e-15);
    }

    @Test
    void inverseTimeDecayAsKeras() {
        LearningRateSchedule s = LearningRateSchedule.inverseTimeDecay(0.1, 10, 0.5, false);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.1 / 1.5, s.rate(10), 1e-15);
        assertEquals(0.1 / 1.75, s.rate(15), 1e-15);
        assertEquals(0.1 / 1.5, LearningRateSchedule.inverseTimeDecay(0.1, 10, 0.5, true).rate(15), 1e-15);
    }

    @Test
    void oneCycleAsPyTorchOneCycleLr() {
        // PyTorch OneCycleLR(max_lr=1, total_steps=100): phase ends at steps 29 and 99
        LearningRateSchedule s = LearningRateSchedule.oneCycle(1.0, 100);
        assertEquals(0.04, s.rate(0), 1e-15);
        assertEquals(1.0, s.rate(29), 1e-15);
        assertEquals(0.04 / 1e4, s.rate(99), 1e-15);
        assertEquals(0.04 / 1e4, s.rate(500), 1e-15);
        double pct = 10 / 29.0;
        assertEquals(1.0 + (0.04 - 1.0) / 2 * (Math.cos(Math.PI * pct) + 1), s.rate(10), 1e-15);
        double down = (60 - 29) / 70.0;
        assertEquals(4e-6 + (1.0 - 4e-6) / 2 * (Math.cos(Math.PI * down) + 1), s.rate(60), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.oneCycle(1, 100, 1.5, 25, 1e4));
    }
}
