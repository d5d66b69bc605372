package dev.unroll.benchmarks;

import java.util.SplittableRandom;

/**
 * Inputs for the benchmarks: a few batches of pixel-like values in [0, 1) with random labels,
 * taken in turn so a training benchmark does not fit one batch until its gradients vanish.
 */
final class Inputs {
    static final int FEATURES = 784;
    static final int CLASSES = 10;
    private static final int BATCHES = 8;

    private final float[][] x = new float[BATCHES][];
    private final int[][] labels = new int[BATCHES][];
    private int next;

    Inputs(int rows) {
        SplittableRandom random = new SplittableRandom(2026);
        for (int b = 0; b < BATCHES; b++) {
            x[b] = new float[rows * FEATURES];
            labels[b] = new int[rows];
            for (int i = 0; i < x[b].length; i++) {
                x[b][i] = (float) random.nextDouble();
            }
            for (int i = 0; i < rows; i++) {
                labels[b][i] = random.nextInt(CLASSES);
            }
        }
    }

    /** Moves to the next batch. */
    void advance() {
        next = (next + 1) % BATCHES;
    }

    float[] x() {
        return x[next];
    }

    int[] labels() {
        return labels[next];
    }
}
