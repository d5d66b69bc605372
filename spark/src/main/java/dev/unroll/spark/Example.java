package dev.unroll.spark;

import java.io.Serializable;

/** One row read into flat form, before it is shuffled to its shard: its position in the DataFrame, features, label or targets. */
final class Example implements Serializable {
    private static final long serialVersionUID = 1L;
    final long row;
    final float[] x;
    final int label;
    final float[] targets;

    Example(long row, float[] x, int label, float[] targets) {
        this.row = row;
        this.x = x;
        this.label = label;
        this.targets = targets;
    }
}
