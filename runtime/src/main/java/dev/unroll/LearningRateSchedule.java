package dev.unroll;

import java.util.Arrays;

/**
 * The learning rate as a function of the optimizer step (0 for the first step), as Keras'
 * {@code LearningRateSchedule}. {@code fit} sets the rate before every step; computing it must not
 * allocate.
 */
@FunctionalInterface
public interface LearningRateSchedule {
    /** The rate for the step after {@code step} steps have been taken. */
    double rate(long step);

    /** {@code initial · decayRate^(step / decaySteps)}, continuously (Keras {@code ExponentialDecay}). */
    static LearningRateSchedule exponentialDecay(double initial, long decaySteps, double decayRate) {
        return exponentialDecay(initial, decaySteps, decayRate, false);
    }

    /** The same; with {@code staircase} the exponent is rounded down, so the rate drops every {@code decaySteps}. */
    static LearningRateSchedule exponentialDecay(double initial, long decaySteps, double decayRate, boolean staircase) {
        if (!(initial > 0) || decaySteps < 1 || !(decayRate > 0) || Double.isInfinite(initial)
                || Double.isInfinite(decayRate)) {
            throw new IllegalArgumentException("exponentialDecay needs initial > 0, decaySteps >= 1 and decayRate > 0;"
                    + " got " + initial + ", " + decaySteps + ", " + decayRate);
        }
        return step -> {
            double exponent = staircase ? Math.floor((double) step / decaySteps) : (double) step / decaySteps;
            return initial * StrictMath.pow(decayRate, exponent);
        };
    }

    /**
     * {@code values[0]} for steps up to {@code boundaries[0]}, {@code values[1]} up to
     * {@code boundaries[1]}, ..., the last value after the last boundary (Keras
     * {@code PiecewiseConstantDecay}).
     */
    static LearningRateSchedule piecewiseConstant(long[] boundaries, double[] values) {
        java.util.Objects.requireNonNull(boundaries, "boundaries");
        java.util.Objects.requireNonNull(values, "values");
        if (values.length != boundaries.length + 1) {
            throw new IllegalArgumentException("piecewiseConstant needs one value more than boundaries: "
                    + boundaries.length + " boundaries, " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("learning rate " + values[i] + " must be positive and finite");
            }
            if (i > 0 && i < boundaries.length && boundaries[i] <= boundaries[i - 1]) {
                throw new IllegalArgumentException("boundaries must increase: " + Arrays.toString(boundaries));
            }
        }
        long[] b = boundaries.clone();
        double[] v = values.clone();
        return step -> {
            int i = 0;
            while (i < b.length && step > b[i]) {
                i++;
            }
            return v[i];
        };
    }
}
