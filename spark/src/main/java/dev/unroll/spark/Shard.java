package dev.unroll.spark;

import java.io.Serializable;

/** One replica's rows, packed: {@code count} rows of features, with labels or targets. */
final class Shard implements Serializable {
    private static final long serialVersionUID = 1L;
    final int index;
    final int count;
    final float[] x;
    final int[] labels;
    final float[] targets;

    Shard(int index, int count, float[] x, int[] labels, float[] targets) {
        this.index = index;
        this.count = count;
        this.x = x;
        this.labels = labels;
        this.targets = targets;
    }
}
