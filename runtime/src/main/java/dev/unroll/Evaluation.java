package dev.unroll;

import java.util.Locale;

/**
 * Loss and accuracy of a network on a data set, in inference mode. Accuracy is the share of rows
 * whose predicted class is right (sparse and categorical cross-entropy), the share of outputs on
 * the right side of 0.5 (binary cross-entropy), or NaN for mean squared error.
 */
public record Evaluation(double loss, double accuracy, int count) {
    @Override public String toString() {
        return Double.isNaN(accuracy) ? String.format(Locale.ROOT, "loss %.4f on %d examples", loss, count)
                : String.format(Locale.ROOT, "loss %.4f, accuracy %.4f on %d examples", loss, accuracy, count);
    }
}
