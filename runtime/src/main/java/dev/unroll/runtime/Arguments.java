package dev.unroll.runtime;

import dev.unroll.DataSet;
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

    static void checkClasses(int[] classes, int count) {
        if (classes == null || classes.length < count) {
            throw new IllegalArgumentException("classes must hold at least " + count + " values, got "
                    + (classes == null ? "null" : classes.length));
        }
    }

    static void checkFeatures(DataSet data, int inputSize) {
        if (data == null) {
            throw new IllegalArgumentException("the data set is null");
        }
        if (data.featureCount() != inputSize) {
            throw new IllegalArgumentException("the data set has " + data.featureCount() + " features per row, but"
                    + " the network takes " + inputSize + " inputs");
        }
    }

    /** The data set suits the network's inputs and loss: labels in range for a sparse loss, targets of the right width otherwise. */
    static void checkData(DataSet data, int inputSize, int outputSize, Loss loss) {
        checkFeatures(data, inputSize);
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data set is empty");
        }
        if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
            if (!data.hasLabels()) {
                throw new IllegalArgumentException("this network's loss is SPARSE_CATEGORICAL_CROSSENTROPY: it needs"
                        + " a data set with integer labels (DataSet.withLabels)");
            }
            for (int i = 0; i < data.size(); i++) {
                if (data.label(i) < 0 || data.label(i) >= outputSize) {
                    throw new IllegalArgumentException("label of row " + i + " is " + data.label(i)
                            + "; classes are 0 to " + (outputSize - 1));
                }
            }
        } else if (data.hasLabels() || data.targetCount() != outputSize) {
            throw new IllegalArgumentException("this network's loss is " + loss + ": it needs a data set with "
                    + outputSize + " float targets per row (DataSet.withTargets), got "
                    + (data.hasLabels() ? "integer labels" : data.targetCount() + " targets per row"));
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
