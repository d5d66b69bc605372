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

    /** Refuses an output array that is also the input: the first chunk's outputs would overwrite later inputs. */
    static void checkNotSame(float[] x, float[] out) {
        if (x == out) {
            throw new IllegalArgumentException("out is the same array as x; pass a separate output array");
        }
    }

    /** Every one of the {@code count} rows of {@code x} is finite; a vectorized scan, a scalar one only to name the culprit. */
    static void checkFiniteInputs(float[] x, int count, int width) {
        if (!Finite.all(x, 0, count * width)) {
            int at = Finite.first(x, 0, count * width);
            throw new IllegalArgumentException("x holds " + x[at] + " at row " + at / width + ", column " + at % width
                    + "; inputs must be finite (nothing was changed)");
        }
    }

    /**
     * Targets are finite, and within [0, 1] for the cross-entropies (probabilities: binary 0/1 or
     * soft, one-hot or soft): {@code NaN} fails both comparisons.
     */
    static void checkTargets(Loss loss, float[] targets, int count, int width) {
        boolean probabilities = loss == Loss.BINARY_CROSSENTROPY || loss == Loss.CATEGORICAL_CROSSENTROPY;
        int n = count * width;
        if (!probabilities) {
            if (!Finite.all(targets, 0, n)) {
                int at = Finite.first(targets, 0, n);
                throw new IllegalArgumentException("targets hold " + targets[at] + " at row " + at / width
                        + ", column " + at % width + "; targets must be finite (nothing was changed)");
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            float t = targets[i];
            if (!(t >= 0f && t <= 1f)) {
                throw new IllegalArgumentException("targets hold " + t + " at row " + i / width + ", column "
                        + i % width + "; " + loss + " takes targets in [0, 1] (nothing was changed)");
            }
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
                    + (data.hasLabels() ? "integer labels" : data.isUnlabeled() ? "neither labels nor targets"
                    : data.targetCount() + " targets per row"));
        } else if (loss == Loss.BINARY_CROSSENTROPY || loss == Loss.CATEGORICAL_CROSSENTROPY) {
            for (int i = 0; i < data.size(); i++) {
                for (int j = 0; j < outputSize; j++) {
                    float t = data.target(i, j);
                    if (!(t >= 0f && t <= 1f)) {
                        throw new IllegalArgumentException("target of row " + i + ", column " + j + " is " + t + "; "
                                + loss + " takes targets in [0, 1]");
                    }
                }
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
