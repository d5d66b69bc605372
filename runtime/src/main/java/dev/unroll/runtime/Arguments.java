package dev.unroll.runtime;

import dev.unroll.Loss;

/** The argument checks of the {@code Model} methods, with messages that say what to pass instead. */
final class Arguments {
    private Arguments() {}

    static void checkBatch(float[] x, int count, int inputSize, int batchSize) {
        if (count < 1 || count > batchSize) {
            throw new IllegalArgumentException("count must be between 1 and batchSize " + batchSize + ", got " + count);
        }
        checkRows("x", x, count, inputSize);
    }

    static void checkRows(String what, float[] array, int count, int width) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        if (array == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (array.length < (long) count * width) {
            throw new IllegalArgumentException(what + " holds " + array.length + " values; " + count + " rows of "
                    + width + " need " + (long) count * width);
        }
    }

    static void checkLength(String what, float[] array, int length) {
        if (array == null || array.length < length) {
            throw new IllegalArgumentException(what + " must hold at least " + length + " values, got "
                    + (array == null ? "null" : array.length));
        }
    }

    static void checkLabels(int[] labels, int count, int classes) {
        if (labels == null || labels.length < count) {
            throw new IllegalArgumentException("labels must hold at least " + count + " values, got "
                    + (labels == null ? "null" : labels.length));
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i] + "; classes are 0 to "
                        + (classes - 1));
            }
        }
    }

    static void checkSparse(Loss loss) {
        if (loss != Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            throw new IllegalArgumentException("this network's loss is " + loss
                    + ": pass float[] targets (count × outputSize values), not int[] labels");
        }
    }

    static void checkTargetsForm(Loss loss) {
        if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            throw new IllegalArgumentException("this network's loss is SPARSE_CATEGORICAL_CROSSENTROPY:"
                    + " pass int[] labels, not float[] targets");
        }
    }
}
