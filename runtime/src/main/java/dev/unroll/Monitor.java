package dev.unroll;

/**
 * A quantity of {@link History.Epoch} that training control watches (Keras' {@code monitor}):
 * losses improve downwards, accuracies upwards.
 */
public enum Monitor {
    LOSS, ACCURACY, VALIDATION_LOSS, VALIDATION_ACCURACY;

    /** Its value in {@code epoch} (NaN when the epoch has none, as the validation values without validation data). */
    public double of(History.Epoch epoch) {
        return switch (this) {
            case LOSS -> epoch.loss();
            case ACCURACY -> epoch.accuracy();
            case VALIDATION_LOSS -> epoch.validationLoss();
            case VALIDATION_ACCURACY -> epoch.validationAccuracy();
        };
    }

    /** Whether larger values are better. */
    public boolean maximized() {
        return this == ACCURACY || this == VALIDATION_ACCURACY;
    }

    /** Whether {@code value} beats {@code best} by more than {@code minDelta} (NaN never does; anything beats NaN). */
    public boolean improves(double value, double best, double minDelta) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return maximized() ? value > best + minDelta : value < best - minDelta;
    }
}
