package dev.unroll.runtime;

/**
 * A copy of everything a training step changes (parameters, moving statistics, optimizer slots,
 * the step count and the learning rate), taken by {@code fit} at the start of every epoch and every
 * {@link #EVERY} steps, together with the batch of the epoch it was taken before. When a step makes
 * the state non-finite, {@code fit} restores the copy and replays the steps since, which are
 * deterministic, to land exactly on the state before the bad step. Copying every step would cost as
 * much as a large share of the step; every {@value #EVERY} steps the copy costs well under 1% (see
 * docs/training.md for the measurement), and a replay at most {@value #EVERY} - 1 steps, once.
 */
final class Checkpoint {
    static final int EVERY = 64;

    private final GeneratedNetwork net;
    private final float[] values;
    private long steps;
    private double learningRate;
    private int batch = -1;

    Checkpoint(GeneratedNetwork net) {
        this.net = net;
        this.values = new float[Tensors.size(net.stateTensors())];
    }

    /** Whether a copy is due before the {@code batch}-th batch (0-based) of an epoch. */
    static boolean due(int batch) {
        return batch % EVERY == 0;
    }

    /** Copies the state as it is before the {@code batch}-th batch of the current epoch. Allocates nothing. */
    void take(int batch) {
        int offset = 0;
        for (Tensor[] group : net.stateTensors()) {
            offset = Tensors.copyValues(group, values, offset);
        }
        this.steps = net.steps();
        this.learningRate = net.learningRate();
        this.batch = batch;
    }

    /** The batch of the epoch the copy was taken before. */
    int batch() {
        return batch;
    }

    long steps() {
        return steps;
    }

    /** Puts the copied state back. */
    void restore() {
        int offset = 0;
        for (Tensor[] group : net.stateTensors()) {
            offset = Tensors.setValues(group, values, offset);
        }
        net.restoreCounters(steps, learningRate, net.seed());
    }
}
