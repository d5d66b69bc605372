package dev.unroll.spark;

import java.io.PrintStream;

/**
 * The settings of data-parallel training (immutable; each method returns a changed copy):
 * epochs, logical workers (model replicas, each with a fixed shard of the training rows), steps
 * each replica takes between two averagings, the seed of the sharding and shuffling, shuffling,
 * a validation split, and where progress goes.
 */
public final class SparkTraining {
    private final int epochs;
    private final int workers;
    private final int stepsPerRound;
    private final Long seed;
    private final boolean shuffle;
    private final double validationSplit;
    private final PrintStream progress;

    private SparkTraining(int epochs, int workers, int stepsPerRound, Long seed, boolean shuffle,
                          double validationSplit, PrintStream progress) {
        if (epochs < 1 || workers < 1 || stepsPerRound < 1) {
            throw new IllegalArgumentException("epochs, workers and stepsPerRound must be at least 1, got " + epochs
                    + ", " + workers + ", " + stepsPerRound);
        }
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("validationSplit must be in [0, 1), got " + validationSplit);
        }
        this.epochs = epochs;
        this.workers = workers;
        this.stepsPerRound = stepsPerRound;
        this.seed = seed;
        this.shuffle = shuffle;
        this.validationSplit = validationSplit;
        this.progress = progress;
    }

    /** {@code epochs} epochs, 2 workers, 1 step per round (averaging after every step), shuffled, progress on standard output. */
    public static SparkTraining epochs(int epochs) {
        return new SparkTraining(epochs, 2, 1, null, true, 0, System.out);
    }

    /**
     * Model replicas, each training on a fixed {@code 1/workers} shard of the training rows. The
     * result depends on this number and not on how the DataFrame is partitioned; Spark runs the
     * replicas as one task each, as many at a time as it has cores.
     */
    public SparkTraining workers(int workers) {
        return new SparkTraining(epochs, workers, stepsPerRound, seed, shuffle, validationSplit, progress);
    }

    /** K: the optimizer steps each replica takes between two averagings (1 = every step). */
    public SparkTraining stepsPerRound(int steps) {
        return new SparkTraining(epochs, workers, steps, seed, shuffle, validationSplit, progress);
    }

    /** The seed of the sharding and of each epoch's shuffle (default: the network's, from {@code @Network}). */
    public SparkTraining seed(long seed) {
        return new SparkTraining(epochs, workers, stepsPerRound, seed, shuffle, validationSplit, progress);
    }

    /** Whether each replica reshuffles its shard every epoch (default true). */
    public SparkTraining shuffle(boolean shuffle) {
        return new SparkTraining(epochs, workers, stepsPerRound, seed, shuffle, validationSplit, progress);
    }

    /** Holds out the last {@code fraction} of the rows (in DataFrame order, before sharding), as Keras does. */
    public SparkTraining validationSplit(double fraction) {
        return new SparkTraining(epochs, workers, stepsPerRound, seed, shuffle, fraction, progress);
    }

    /** Where the per-round and per-epoch lines go; null for silence. */
    public SparkTraining progress(PrintStream out) {
        return new SparkTraining(epochs, workers, stepsPerRound, seed, shuffle, validationSplit, out);
    }

    public int epochs() {
        return epochs;
    }

    public int workers() {
        return workers;
    }

    public int stepsPerRound() {
        return stepsPerRound;
    }

    /** The seed, or null for the network's. */
    public Long seed() {
        return seed;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public double validationSplit() {
        return validationSplit;
    }

    public PrintStream progress() {
        return progress;
    }
}
