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

    /**
     * Keras' {@code CosineDecay} without warm-up: {@code initial · ((1 − alpha) · ½(1 + cos(π ·
     * min(step, decaySteps) / decaySteps)) + alpha)}; after {@code decaySteps} it stays at
     * {@code initial · alpha}.
     */
    static LearningRateSchedule cosineDecay(double initial, long decaySteps, double alpha) {
        return cosineDecay(initial, decaySteps, alpha, 0, initial);
    }

    /**
     * Keras' {@code CosineDecay} with warm-up: for the first {@code warmupSteps} steps the rate rises
     * linearly from {@code initial} to {@code warmupTarget} ({@code initial + (target − initial) · step
     * / warmupSteps}), then decays from {@code warmupTarget} as above over {@code decaySteps} more steps.
     */
    static LearningRateSchedule cosineDecay(double initial, long decaySteps, double alpha, long warmupSteps,
                                            double warmupTarget) {
        if (!(initial > 0 || initial == 0 && warmupSteps > 0) || decaySteps < 1 || !(alpha >= 0 && alpha <= 1)
                || warmupSteps < 0
                || !(warmupTarget > 0) || Double.isInfinite(initial) || Double.isInfinite(warmupTarget)) {
            throw new IllegalArgumentException("cosineDecay needs initial > 0 (or 0 with a warm-up), decaySteps >= 1,"
                    + " 0 <= alpha <= 1,"
                    + " warmupSteps >= 0 and warmupTarget > 0; got " + initial + ", " + decaySteps + ", " + alpha
                    + ", " + warmupSteps + ", " + warmupTarget);
        }
        return step -> {
            if (step < warmupSteps) {
                return Math.max(initial + (warmupTarget - initial) * ((double) step / warmupSteps), Double.MIN_NORMAL);
            }
            double done = Math.min(step - warmupSteps, decaySteps) / (double) decaySteps;
            double cosine = 0.5 * (1 + StrictMath.cos(Math.PI * done));
            double rate = warmupTarget * ((1 - alpha) * cosine + alpha);
            return rate > 0 ? rate : Double.MIN_NORMAL; // alpha = 0 reaches 0 at the end; the optimizer needs > 0
        };
    }

    /**
     * Keras' {@code InverseTimeDecay}: {@code initial / (1 + decayRate · step / decaySteps)}; with
     * {@code staircase} the quotient is rounded down.
     */
    static LearningRateSchedule inverseTimeDecay(double initial, long decaySteps, double decayRate,
                                                 boolean staircase) {
        if (!(initial > 0) || decaySteps < 1 || !(decayRate >= 0) || Double.isInfinite(initial)
                || Double.isInfinite(decayRate)) {
            throw new IllegalArgumentException("inverseTimeDecay needs initial > 0, decaySteps >= 1 and decayRate >= 0;"
                    + " got " + initial + ", " + decaySteps + ", " + decayRate);
        }
        return step -> {
            double p = (double) step / decaySteps;
            return initial / (1 + decayRate * (staircase ? Math.floor(p) : p));
        };
    }

    /**
     * The 1cycle policy (Smith; fast.ai's {@code fit_one_cycle}, PyTorch's {@code OneCycleLR} with
     * cosine annealing, learning rate only): from {@code maxRate / divFactor} up to {@code maxRate}
     * over the first {@code pctStart} of {@code totalSteps}, then down to {@code maxRate / divFactor
     * / finalDivFactor} at step {@code totalSteps − 1}, each phase a half cosine; it stays there
     * after. Defaults (PyTorch): {@code pctStart} 0.3, {@code divFactor} 25, {@code finalDivFactor} 1e4.
     */
    static LearningRateSchedule oneCycle(double maxRate, long totalSteps) {
        return oneCycle(maxRate, totalSteps, 0.3, 25, 1e4);
    }

    /** {@link #oneCycle(double, long)} with every parameter. */
    static LearningRateSchedule oneCycle(double maxRate, long totalSteps, double pctStart, double divFactor,
                                         double finalDivFactor) {
        if (!(maxRate > 0) || Double.isInfinite(maxRate) || totalSteps < 2 || !(pctStart > 0 && pctStart < 1)
                || !(divFactor >= 1) || !(finalDivFactor >= 1) || Double.isInfinite(divFactor)
                || Double.isInfinite(finalDivFactor)) {
            throw new IllegalArgumentException("oneCycle needs maxRate > 0, totalSteps >= 2, 0 < pctStart < 1,"
                    + " divFactor >= 1 and finalDivFactor >= 1; got " + maxRate + ", " + totalSteps + ", " + pctStart
                    + ", " + divFactor + ", " + finalDivFactor);
        }
        double initial = maxRate / divFactor;
        double last = initial / finalDivFactor;
        double peak = pctStart * totalSteps - 1;
        double end = totalSteps - 1;
        return step -> {
            if (step <= peak) {
                double pct = peak <= 0 ? 1 : step / peak;
                return anneal(initial, maxRate, pct);
            }
            double pct = Math.min(1, (step - peak) / (end - peak));
            return anneal(maxRate, last, pct);
        };
    }

    /** PyTorch's {@code _annealing_cos}: from {@code start} to {@code end} along half a cosine. */
    private static double anneal(double start, double end, double pct) {
        return end + (start - end) / 2 * (StrictMath.cos(Math.PI * pct) + 1);
    }
}
