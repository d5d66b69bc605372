package dev.unroll;

import java.io.PrintStream;
import java.util.Objects;

/**
 * How {@code fit} trains, Keras-style:
 *
 * <pre>{@code
 * History history = net.fit(train, Training.epochs(10)
 *         .validationData(test)
 *         .earlyStopping(3, true)
 *         .schedule(LearningRateSchedule.exponentialDecay(1e-3, 1000, 0.9)));
 * }</pre>
 *
 * Defaults: the network's batch size, shuffling every epoch from the network's seed, no
 * validation, {@link Progress#AUTO} on {@code System.out}, the gradient monitor on.
 */
public final class Training {
    private final int epochs;
    private int batchSize;
    private boolean shuffle = true;
    private Long seed;
    private DataSet validationData;
    private double validationSplit;
    private Progress progress = Progress.AUTO;
    private PrintStream out = System.out;
    private int patience;
    private boolean restoreBestWeights;
    private LearningRateSchedule schedule;
    private int monitorEvery = 25;
    private EpochEnd.Listener listener;
    private java.nio.file.Path checkpointFile;
    private Monitor checkpointMonitor;
    private double plateauFactor;
    private int plateauPatience;
    private double plateauMinDelta;
    private double plateauMinRate;
    private int plateauCooldown;
    private double[] classWeights;
    private float[] sampleWeights;

    private Training(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        this.epochs = epochs;
    }

    public static Training epochs(int epochs) {
        return new Training(epochs);
    }

    /** Examples per step, at most the network's {@code batchSize()} (its buffers' size); 0 means exactly that. */
    public Training batchSize(int batchSize) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must not be negative, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Whether to visit the training rows in a new random order every epoch (default true). */
    public Training shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** The seed of the shuffling; by default the network's seed. */
    public Training seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Data to evaluate after every epoch (validation loss and accuracy); not together with {@link #validationSplit}. */
    public Training validationData(DataSet validation) {
        Objects.requireNonNull(validation, "validation");
        if (validationSplit > 0) {
            throw new IllegalArgumentException("validationSplit(" + validationSplit + ") is already set: use either"
                    + " validationData or validationSplit, not both");
        }
        this.validationData = validation;
        return this;
    }

    /**
     * Holds out the last {@code fraction} of the training rows for validation, as Keras' {@code
     * validation_split}; not together with {@link #validationData}.
     */
    public Training validationSplit(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validationSplit must be in [0, 1), got " + fraction);
        }
        if (fraction > 0 && validationData != null) {
            throw new IllegalArgumentException("validationData is already set: use either validationData or"
                    + " validationSplit, not both");
        }
        this.validationSplit = fraction;
        return this;
    }

    public Training progress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Where progress, the epoch lines and the monitor's warnings go (default {@code System.out}). */
    public Training output(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
        return this;
    }

    /**
     * Stops when the validation loss (the training loss without validation data) has not improved for
     * {@code patience} epochs; with {@code restoreBestWeights} the network ends with the parameters
     * and moving statistics of its best epoch.
     */
    public Training earlyStopping(int patience, boolean restoreBestWeights) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, got " + patience);
        }
        this.patience = patience;
        this.restoreBestWeights = restoreBestWeights;
        return this;
    }

    /** Sets the optimizer's learning rate before every step. */
    public Training schedule(LearningRateSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        if (plateauFactor > 0) {
            throw new IllegalArgumentException("reduceLearningRateOnPlateau is already set: a schedule would overwrite"
                    + " the reduced rate before every step; use one or the other");
        }
        this.schedule = schedule;
        return this;
    }

    /** Samples gradient norms and update sizes every {@code steps} steps (and at each epoch's first step); 0 turns it off. */
    public Training monitorEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("monitorEvery must not be negative, got " + steps);
        }
        this.monitorEvery = steps;
        return this;
    }

    /**
     * Weights the loss of each training row by the weight of its class ({@code weights[c]} for
     * class c: the label, or the argmax of a one-hot target, or for binary cross-entropy with one
     * output the target rounded to 0 or 1), as Keras' {@code class_weight}: the step minimizes
     * Σ w_i l_i / batch size, and the reported training loss is that weighted loss. Validation and
     * {@code evaluate} stay unweighted. Not together with {@link #sampleWeights}.
     */
    public Training classWeights(double... weights) {
        Objects.requireNonNull(weights, "weights");
        if (sampleWeights != null) {
            throw new IllegalArgumentException("sampleWeights are already set: use class or sample weights, not both"
                    + " (as Keras)");
        }
        for (int c = 0; c < weights.length; c++) {
            if (!(weights[c] >= 0) || Double.isInfinite(weights[c])) {
                throw new IllegalArgumentException("class weight " + c + " is " + weights[c]
                        + "; weights must be finite and not negative");
            }
        }
        this.classWeights = weights.clone();
        return this;
    }

    /**
     * One weight per row of the data passed to {@code fit} (before a {@link #validationSplit} takes
     * its rows), as Keras' {@code sample_weight}; otherwise as {@link #classWeights}.
     */
    public Training sampleWeights(float[] weights) {
        Objects.requireNonNull(weights, "weights");
        if (classWeights != null) {
            throw new IllegalArgumentException("classWeights are already set: use class or sample weights, not both"
                    + " (as Keras)");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Float.isInfinite(weights[i])) {
                throw new IllegalArgumentException("sample weight of row " + i + " is " + weights[i]
                        + "; weights must be finite and not negative");
            }
        }
        this.sampleWeights = weights.clone();
        return this;
    }

    /**
     * Scikit-learn's "balanced" class weights for {@code train}'s labels: rows / (classes × rows of
     * the class), so every class weighs as much in total; a class without rows gets 1.
     */
    public static double[] balancedClassWeights(DataSet train, int classes) {
        Objects.requireNonNull(train, "train");
        if (!train.hasLabels()) {
            throw new IllegalArgumentException("balanced class weights need a data set with integer labels");
        }
        long[] counts = new long[classes];
        for (int i = 0; i < train.size(); i++) {
            counts[Objects.checkIndex(train.label(i), classes)]++;
        }
        double[] weights = new double[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 1 : (double) train.size() / ((double) classes * counts[c]);
        }
        return weights;
    }

    /**
     * Calls {@code listener} after every epoch (after validation, checkpoint and plateau handling,
     * before early stopping), with the epoch's record and the model; {@link EpochEnd#stop()} ends
     * training. An exception thrown by the listener ends {@code fit} with it; the network is then as
     * after that epoch.
     */
    public Training onEpochEnd(EpochEnd.Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Saves the network to {@code file} after every epoch, atomically as {@link Model#save} does
     * (Keras' {@code ModelCheckpoint}). A failed write ends {@code fit} with an {@link
     * java.io.UncheckedIOException} naming the file; the file then holds the previous checkpoint.
     */
    public Training checkpoint(java.nio.file.Path file) {
        this.checkpointFile = Objects.requireNonNull(file, "file");
        this.checkpointMonitor = null;
        return this;
    }

    /**
     * Saves the network to {@code file} after each epoch whose {@code monitor} value is the best so
     * far (Keras' {@code save_best_only}); an epoch without that value (validation values without
     * validation data) saves nothing.
     */
    public Training checkpoint(java.nio.file.Path file, Monitor bestOnly) {
        this.checkpointFile = Objects.requireNonNull(file, "file");
        this.checkpointMonitor = Objects.requireNonNull(bestOnly, "bestOnly");
        return this;
    }

    /**
     * Multiplies the learning rate by {@code factor} when the validation loss (the training loss
     * without validation data) has not improved by more than {@code 1e-4} for {@code patience}
     * epochs, never going below {@code minLearningRate} (Keras' {@code ReduceLROnPlateau} with
     * {@code min_delta = 1e-4}, {@code cooldown = 0}). Not together with a {@link #schedule}.
     */
    public Training reduceLearningRateOnPlateau(double factor, int patience, double minLearningRate) {
        return reduceLearningRateOnPlateau(factor, patience, minLearningRate, 1e-4, 0);
    }

    /** The same with Keras' {@code min_delta} and {@code cooldown} (epochs to wait after a reduction). */
    public Training reduceLearningRateOnPlateau(double factor, int patience, double minLearningRate, double minDelta,
                                                int cooldown) {
        if (!(factor > 0 && factor < 1) || patience < 1 || !(minLearningRate >= 0) || !(minDelta >= 0)
                || cooldown < 0 || Double.isInfinite(minLearningRate) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("reduceLearningRateOnPlateau needs 0 < factor < 1, patience >= 1,"
                    + " minLearningRate >= 0, minDelta >= 0 and cooldown >= 0; got " + factor + ", " + patience + ", "
                    + minLearningRate + ", " + minDelta + ", " + cooldown);
        }
        if (schedule != null) {
            throw new IllegalArgumentException("a schedule is already set: it would overwrite the reduced rate before"
                    + " every step; use one or the other");
        }
        this.plateauFactor = factor;
        this.plateauPatience = patience;
        this.plateauMinRate = minLearningRate;
        this.plateauMinDelta = minDelta;
        this.plateauCooldown = cooldown;
        return this;
    }

    /** The epoch listener, or null. */
    public EpochEnd.Listener epochListener() {
        return listener;
    }

    /** The checkpoint file, or null. */
    public java.nio.file.Path checkpointFile() {
        return checkpointFile;
    }

    /** The quantity a best-only checkpoint watches, or null for a checkpoint every epoch. */
    public Monitor checkpointMonitor() {
        return checkpointMonitor;
    }

    /** 0 when reduce-on-plateau is off. */
    public double plateauFactor() {
        return plateauFactor;
    }

    public int plateauPatience() {
        return plateauPatience;
    }

    public double plateauMinLearningRate() {
        return plateauMinRate;
    }

    public double plateauMinDelta() {
        return plateauMinDelta;
    }

    public int plateauCooldown() {
        return plateauCooldown;
    }

    /** The class weights (a copy), or null. */
    public double[] classWeights() {
        return classWeights == null ? null : classWeights.clone();
    }

    /** The sample weights (a copy), or null. */
    public float[] sampleWeights() {
        return sampleWeights == null ? null : sampleWeights.clone();
    }

    public int epochs() {
        return epochs;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean shuffle() {
        return shuffle;
    }

    /** The shuffling seed, or null for the network's. */
    public Long seed() {
        return seed;
    }

    public DataSet validationData() {
        return validationData;
    }

    public double validationSplit() {
        return validationSplit;
    }

    public Progress progress() {
        return progress;
    }

    public PrintStream output() {
        return out;
    }

    /** 0 when early stopping is off. */
    public int patience() {
        return patience;
    }

    public boolean restoreBestWeights() {
        return restoreBestWeights;
    }

    /** The schedule, or null for a constant rate. */
    public LearningRateSchedule schedule() {
        return schedule;
    }

    public int monitorEvery() {
        return monitorEvery;
    }
}
