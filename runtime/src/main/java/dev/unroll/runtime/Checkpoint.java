package dev.unroll.runtime;

import dev.unroll.LearningRateSchedule;

/**
 * What lets {@code fit} undo a step that made the network non-finite without copying the network
 * before every step. A copy of everything a step changes (parameters, moving statistics, optimizer
 * slots, the step count and the learning rate) is taken at the start of every epoch and every
 * {@value #EVERY} steps, each time after checking that all of it is finite. When a later check finds
 * a non-finite value (a non-finite loss, the check before the next copy, or the one at the end of the
 * epoch), {@link #undo} restores the copy and replays the epoch's batches from it, checking after
 * each step, to find the first step that left a non-finite value; then restores and replays once
 * more up to just before that step. Steps are deterministic (same batches, same schedule, same seed,
 * bit-identical on any thread count), so the network ends exactly as after the last good step.
 * Checking and copying every {@value #EVERY} steps costs a fraction of a percent of training time
 * (docs/training.md gives the measurement); an undo costs at most 2 × {@value #EVERY} steps, once.
 */
final class Checkpoint {
    static final int EVERY = 64;

    private final GeneratedNetwork net;
    private final float[] values;
    private long steps;
    private double learningRate;
    private int batch = -1;

    /** What {@link #undo} found: the step count restored, the first tensor the bad step made non-finite (null when the replay did not reproduce it) and that step's loss. */
    record Undone(long restored, String tensor, float loss) {}

    Checkpoint(GeneratedNetwork net) {
        this.net = net;
        this.values = new float[Tensors.size(net.stateTensors())];
    }

    /** Whether a copy is due before the {@code batch}-th batch (0-based) of an epoch. */
    static boolean due(int batch) {
        return batch % EVERY == 0;
    }

    /** Copies the (checked, finite) state as it is before the {@code batch}-th batch of the current epoch. Allocates nothing. */
    void take(int batch) {
        int offset = 0;
        for (Tensor[] group : net.stateTensors()) {
            offset = Tensors.copyValues(group, values, offset);
        }
        this.steps = net.steps();
        this.learningRate = net.learningRate();
        this.batch = batch;
    }

    private void restore() {
        int offset = 0;
        for (Tensor[] group : net.stateTensors()) {
            offset = Tensors.setValues(group, values, offset);
        }
        net.restoreCounters(steps, learningRate, net.seed());
    }

    /**
     * Finds the first of the batches from the copy's to {@code limit} (exclusive) whose step leaves a
     * non-finite value, and leaves the network as just before it; or, if none does on replay, as at
     * the copy.
     */
    Undone undo(Batches batches, LearningRateSchedule schedule, int limit) {
        restore();
        batches.seek(batch);
        for (int b = batch; b < limit; b++) {
            float loss = replayStep(batches, schedule);
            if (!Float.isFinite(loss) || !net.stateIsFinite()) {
                Tensor culprit = net.firstNonFinite();
                restore();
                batches.seek(batch);
                for (int r = batch; r < b; r++) {
                    replayStep(batches, schedule);
                }
                return new Undone(net.steps(), culprit == null ? null : culprit.name(), loss);
            }
        }
        restore();
        return new Undone(net.steps(), null, Float.NaN);
    }

    private float replayStep(Batches batches, LearningRateSchedule schedule) {
        batches.next();
        if (schedule != null) {
            net.changeLearningRate(schedule.rate(net.steps()));
        }
        return net.trainChecked(batches.x, batches.labels, batches.targets, batches.weights, batches.count);
    }
}
