package dev.unroll.runtime;

import dev.unroll.Loss;

/**
 * What counts as right, read off the output buffer: the predicted class (argmax, or output ≥ 0.5
 * for a single sigmoid output) against the label or the target's argmax; for binary
 * cross-entropy, each output on the right side of 0.5; nothing for mean squared error.
 */
final class Accuracy {
    private Accuracy() {}

    static int predictedClass(float[] out, int offset, int n) {
        if (n == 1) {
            return out[offset] >= 0.5f ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (out[offset + j] > out[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    /** Right answers among the first {@code count} rows (outputs, for binary cross-entropy). */
    static int correct(Loss loss, float[] out, int stride, int n, int count, int[] labels, float[] targets) {
        int right = 0;
        for (int i = 0; i < count; i++) {
            int row = i * stride;
            switch (loss) {
                case SPARSE_CATEGORICAL_CROSSENTROPY -> right += predictedClass(out, row, n) == labels[i] ? 1 : 0;
                case CATEGORICAL_CROSSENTROPY -> right += predictedClass(out, row, n) == argmax(targets, i * n, n) ? 1 : 0;
                case BINARY_CROSSENTROPY -> {
                    for (int j = 0; j < n; j++) {
                        right += (out[row + j] >= 0.5f) == (targets[i * n + j] >= 0.5f) ? 1 : 0;
                    }
                }
                case MEAN_SQUARED_ERROR, HUBER, MEAN_ABSOLUTE_ERROR -> { }
            }
        }
        return right;
    }

    /** How many answers {@code count} rows give: rows, or rows × outputs for binary cross-entropy; 0 when accuracy means nothing. */
    static long answers(Loss loss, int count, int n) {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, CATEGORICAL_CROSSENTROPY -> count;
            case BINARY_CROSSENTROPY -> (long) count * n;
            case MEAN_SQUARED_ERROR, HUBER, MEAN_ABSOLUTE_ERROR -> 0;
        };
    }

    /** Whether the loss is a classifier's (the cross-entropies), as opposed to a regression loss. */
    static boolean isClassifier(Loss loss) {
        return loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY || loss == Loss.CATEGORICAL_CROSSENTROPY
                || loss == Loss.BINARY_CROSSENTROPY;
    }

    static int argmax(float[] a, int offset, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (a[offset + j] > a[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
