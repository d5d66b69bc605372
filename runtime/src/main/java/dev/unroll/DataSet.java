package dev.unroll;

import java.util.Arrays;
import java.util.Objects;

/**
 * Examples in memory: {@code size()} rows of {@code featureCount()} float features, with an
 * integer class label per row or {@code targetCount()} float targets per row. Immutable once made.
 * Every feature and target is finite: the factories refuse NaN and infinities, naming the row and
 * column, so nothing downstream (a scaler, {@code fit}, {@code evaluate}) computes with them.
 */
public final class DataSet {
    private final float[] features;
    private final int featureCount;
    private final int[] labels;
    private final float[] targets;
    private final int targetCount;
    private final int size;

    private DataSet(float[] features, int featureCount, int[] labels, float[] targets, int targetCount) {
        this.features = features;
        this.featureCount = featureCount;
        this.labels = labels;
        this.targets = targets;
        this.targetCount = targetCount;
        this.size = featureCount == 0 ? 0 : features.length / featureCount;
    }

    /** Rows of features with one class label each; the arrays are copied. */
    public static DataSet withLabels(float[] features, int featureCount, int[] labels) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        checkShape(features, featureCount, labels.length);
        float[] copy = features.clone(); // checked after copying, so a writer on another thread cannot slip past
        checkFinite("feature", copy, featureCount);
        return new DataSet(copy, featureCount, labels.clone(), null, 0);
    }

    /**
     * Rows of features without labels or targets, for {@link Model#predict(DataSet)} and {@link
     * Model#predictClasses(DataSet)}; {@code fit} and {@code evaluate} refuse such a set. The array is copied.
     */
    public static DataSet unlabeled(float[] features, int featureCount) {
        Objects.requireNonNull(features, "features");
        if (featureCount < 1 || features.length % featureCount != 0) {
            throw new IllegalArgumentException(features.length + " features do not make rows of " + featureCount);
        }
        checkFinite("feature", features, featureCount);
        return new DataSet(features.clone(), featureCount, null, null, 0);
    }

    /** Rows of features with {@code targetCount} float targets each; the arrays are copied. */
    public static DataSet withTargets(float[] features, int featureCount, float[] targets, int targetCount) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targets, "targets");
        if (targetCount < 1 || targets.length % targetCount != 0) {
            throw new IllegalArgumentException(targets.length + " targets do not make rows of " + targetCount);
        }
        checkShape(features, featureCount, targets.length / targetCount);
        float[] copy = features.clone(), targetCopy = targets.clone(); // checked after copying, as above
        checkFinite("feature", copy, featureCount);
        checkFinite("target", targetCopy, targetCount);
        return new DataSet(copy, featureCount, null, targetCopy, targetCount);
    }

    private static void checkShape(float[] features, int featureCount, int rows) {
        if (featureCount < 1 || features.length != (long) featureCount * rows) {
            throw new IllegalArgumentException(features.length + " features do not make " + rows + " rows of "
                    + featureCount);
        }
    }

    private static void checkFinite(String what, float[] values, int width) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("row " + i / width + ", " + what + " " + i % width + " is "
                        + values[i] + "; a data set holds finite numbers only");
            }
        }
    }

    public int size() {
        return size;
    }

    public int featureCount() {
        return featureCount;
    }

    /** Whether rows carry integer class labels (otherwise float targets). */
    public boolean hasLabels() {
        return labels != null;
    }

    /** Whether rows carry neither labels nor targets ({@link #unlabeled}). */
    public boolean isUnlabeled() {
        return labels == null && targets == null;
    }

    public int targetCount() {
        return targetCount;
    }

    /** The label of {@code row}; a set with targets has none ({@link IllegalStateException}). */
    public int label(int row) {
        if (labels == null) {
            throw new IllegalStateException(targets == null ? "this data set has neither labels nor targets"
                    : "this data set has float targets, not labels; use target(row, column)");
        }
        return labels[Objects.checkIndex(row, size)];
    }

    public float feature(int row, int column) {
        return features[Objects.checkIndex(row, size) * featureCount + Objects.checkIndex(column, featureCount)];
    }

    /** The rows {@code from} (inclusive) to {@code to} (exclusive), as a new data set. */
    public DataSet rows(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + size);
        }
        float[] x = Arrays.copyOfRange(features, from * featureCount, to * featureCount);
        if (isUnlabeled()) {
            return new DataSet(x, featureCount, null, null, 0);
        }
        return labels != null ? new DataSet(x, featureCount, Arrays.copyOfRange(labels, from, to), null, 0)
                : new DataSet(x, featureCount, null, Arrays.copyOfRange(targets, from * targetCount, to * targetCount),
                        targetCount);
    }

    /**
     * Copies {@code count} rows, {@code order[from]} to {@code order[from + count - 1]}, into the
     * front of {@code x} and {@code labels}: one batch, without allocating.
     */
    public void copyBatch(int[] order, int from, int count, float[] x, int[] labels) {
        for (int i = 0; i < count; i++) {
            int row = order[from + i];
            System.arraycopy(features, row * featureCount, x, i * featureCount, featureCount);
            labels[i] = this.labels[row];
        }
    }

    /** The float-targets twin of {@link #copyBatch(int[], int, int, float[], int[])}. */
    public void copyBatch(int[] order, int from, int count, float[] x, float[] targets) {
        for (int i = 0; i < count; i++) {
            int row = order[from + i];
            System.arraycopy(features, row * featureCount, x, i * featureCount, featureCount);
            System.arraycopy(this.targets, row * targetCount, targets, i * targetCount, targetCount);
        }
    }

    /** The same rows with other features (a scaler's output); {@code features} is taken as is. */
    DataSet withFeatures(float[] features) {
        return new DataSet(features, featureCount, labels, targets, targetCount);
    }

    /** The rows in a random order drawn from {@code seed}. */
    public DataSet shuffled(long seed) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        dev.unroll.kernels.Rng rng = new dev.unroll.kernels.Rng(dev.unroll.kernels.Rng.key(seed, 0x5917));
        for (int i = size - 1; i > 0; i--) {
            int j = (int) (rng.nextDouble() * (i + 1));
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return select(order);
    }

    /** Two parts: the first {@code fraction} of the rows and the rest (shuffle first for a random split). */
    public Split split(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the fraction must be strictly between 0 and 1, got " + fraction);
        }
        int cut = (int) Math.round(size * fraction);
        return new Split(rows(0, cut), rows(cut, size));
    }

    /** The two parts of {@link #split}. */
    public record Split(DataSet first, DataSet second) {}

    private DataSet select(int[] order) {
        float[] x = new float[features.length];
        int[] l = labels == null ? null : new int[size];
        float[] t = targets == null ? null : new float[targets.length];
        for (int i = 0; i < size; i++) {
            int row = order[i];
            System.arraycopy(features, row * featureCount, x, i * featureCount, featureCount);
            if (l != null) {
                l[i] = labels[row];
            } else if (t != null) {
                System.arraycopy(targets, row * targetCount, t, i * targetCount, targetCount);
            }
        }
        return new DataSet(x, featureCount, l, t, targetCount);
    }

    /** The target of {@code row} and {@code column}; a labeled set has none ({@link IllegalStateException}). */
    public float target(int row, int column) {
        if (targets == null) {
            throw new IllegalStateException(labels == null ? "this data set has neither labels nor targets"
                    : "this data set has integer labels, not float targets; use label(row)");
        }
        return targets[Objects.checkIndex(row, size) * targetCount + Objects.checkIndex(column, targetCount)];
    }

    /** All targets, row-major (a copy); null for a labeled set. */
    public float[] targets() {
        return targets == null ? null : targets.clone();
    }

    /** All features, row-major (a copy). */
    public float[] features() {
        return features.clone();
    }

    /** All labels (a copy); null for a set with targets. */
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }
}
