package dev.unroll;

/** Losses, each the mean over the examples of a batch. */
public enum Loss {
    /** {@code -log p[y]} for an integer label y; needs a SOFTMAX output. */
    SPARSE_CATEGORICAL_CROSSENTROPY,
    /** {@code -Σ t log p} for a target distribution t (one-hot or smoothed); needs a SOFTMAX output. */
    CATEGORICAL_CROSSENTROPY,
    /** {@code -mean(t log p + (1 - t) log(1 - p))} over the outputs; needs a SIGMOID output. */
    BINARY_CROSSENTROPY,
    /** {@code mean((y - t)²)} over the outputs; any output activation. */
    MEAN_SQUARED_ERROR,
    /** {@code mean(e² / 2 if |e| ≤ 1 else |e| − 1/2)}, {@code e = y − t}, over the outputs (Huber, δ = 1); any output activation. */
    HUBER,
    /** {@code mean(|y − t|)} over the outputs; any output activation. */
    MEAN_ABSOLUTE_ERROR;

    /** Whether the loss compares outputs with values (a regression loss), so accuracy means nothing. */
    public boolean isRegression() {
        return this == MEAN_SQUARED_ERROR || this == HUBER || this == MEAN_ABSOLUTE_ERROR;
    }
}
