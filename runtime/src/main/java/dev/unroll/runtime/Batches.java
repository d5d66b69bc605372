package dev.unroll.runtime;

import dev.unroll.DataSet;
import dev.unroll.kernels.Rng;

/**
 * The rows of a data set in batches, copied into buffers allocated once: {@link #next} fills
 * {@link #x} and {@link #labels} (or {@link #targets}) and allocates nothing.
 */
final class Batches {
    final float[] x;
    final int[] labels;
    final float[] targets;
    /** The weights of the batch's rows, or null when training is unweighted. */
    final float[] weights;
    int count;
    /** One weight per row of the data (class or sample weights), or null. */
    private final float[] rowWeights;

    private final DataSet data;
    private final int batchSize;
    private final int[] order;
    private int position;

    Batches(DataSet data, int batchSize) {
        this(data, batchSize, null);
    }

    /** With {@code rowWeights}, one per row of {@code data}, copied into {@link #weights} batch by batch. */
    Batches(DataSet data, int batchSize, float[] rowWeights) {
        this.rowWeights = rowWeights;
        this.weights = rowWeights == null ? null : new float[batchSize];
        this.data = data;
        this.batchSize = batchSize;
        this.x = new float[batchSize * data.featureCount()];
        this.labels = data.hasLabels() ? new int[batchSize] : null;
        this.targets = data.hasLabels() ? null : new float[batchSize * data.targetCount()];
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /** A new random order of the rows (Fisher-Yates), and back to the first batch. */
    void shuffle(Rng rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = (int) (rng.nextDouble() * (i + 1));
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        position = 0;
    }

    void rewind() {
        position = 0;
    }

    /** Back to the {@code batch}-th batch (0-based) of the current order, for a replay. */
    void seek(int batch) {
        position = batch * batchSize;
    }

    /** Fills the buffers with the next batch; false when the rows are used up. */
    boolean next() {
        if (position >= order.length) {
            return false;
        }
        count = Math.min(batchSize, order.length - position);
        if (labels != null) {
            data.copyBatch(order, position, count, x, labels);
        } else {
            data.copyBatch(order, position, count, x, targets);
        }
        if (weights != null) {
            for (int i = 0; i < count; i++) {
                weights[i] = rowWeights[order[position + i]];
            }
        }
        position += count;
        return true;
    }

    int batchesPerPass() {
        return (order.length + batchSize - 1) / batchSize;
    }
}
