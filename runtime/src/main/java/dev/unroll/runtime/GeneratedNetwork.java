package dev.unroll.runtime;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The base of every generated network. It owns what does not depend on the architecture: argument
 * checks, chunked prediction, the order of a training step, the flat parameter copies, and (through
 * the classes of this package) the training loop, evaluation and the model file. The generated
 * subclass supplies the unrolled passes as the hooks below and registers its tensors and views at
 * the end of its constructor.
 *
 * <p>Every public method that reads or writes the network's buffers claims it through a {@link
 * Guard} first, so a second thread gets a {@link java.util.ConcurrentModificationException} instead
 * of corrupting it.
 */
public abstract class GeneratedNetwork implements Model {
    private final String title;
    private final int inputSize;
    private final int outputSize;
    private final int batchSize;
    private final Loss loss;
    private long seed;
    private double learningRate;
    private long steps;
    private Tensor[] parameters = new Tensor[0];
    private Tensor[] statistics = new Tensor[0];
    private Tensor[] slots = new Tensor[0];
    /** The three groups above, in file order; made once so the per-step code allocates nothing. */
    private Tensor[][] state = {parameters, statistics, slots};
    private List<Layer> layers = List.of();
    private float[] output;
    private int outputStride;
    private int parameterCount;
    private int lastRows;
    /** The products and updates of the generated passes go through this, on one thread or several. */
    protected final Parallel parallel = new Parallel();
    private final Guard guard = new Guard();
    /** Whether the inference pass runs for {@link #predictMonteCarlo}, and the draw of its masks. */
    private boolean monteCarlo;
    private long monteCarloDraw;

    protected GeneratedNetwork(String title, int inputSize, int outputSize, int batchSize, Loss loss,
                               long seed, double learningRate) {
        this.title = title;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.batchSize = batchSize;
        this.loss = loss;
        this.seed = seed;
        this.learningRate = learningRate;
    }

    /**
     * Called once by the generated constructor: trainable tensors in flat order, moving statistics,
     * optimizer slots, the layer views, and the output buffer.
     */
    protected final void register(Tensor[] parameters, Tensor[] statistics, Tensor[] slots, Layer[] layers,
                                  float[] output, int outputStride) {
        this.parameters = parameters.clone();
        this.statistics = statistics.clone();
        this.slots = slots.clone();
        this.state = new Tensor[][] {this.parameters, this.statistics, this.slots};
        this.layers = List.of(layers);
        for (Layer layer : layers) {
            ((LayerView) layer).attach(this);
        }
        this.output = output;
        this.outputStride = outputStride;
        long count = 0;
        for (Tensor t : parameters) {
            count += t.size();
        }
        this.parameterCount = Math.toIntExact(count);
    }

    // ---- hooks implemented by the generated class ----

    /** Training-mode forward pass of {@code count} rows of {@code x} (from row 0). */
    protected abstract void forwardTraining(float[] x, int count);

    /** Inference-mode forward pass of {@code count} rows of {@code x} starting at {@code offset}. */
    protected abstract void forwardInference(float[] x, int offset, int count);

    /** The loss of the last forward pass against integer labels; writes the output gradient. */
    protected float lossOf(int[] labels, int count) {
        throw new IllegalStateException("not a sparse network");
    }

    /** The loss of the last forward pass against targets; writes the output gradient. */
    protected float lossOf(float[] targets, int count) {
        throw new IllegalStateException("not a target network");
    }

    /** Backward pass: fills every gradient from the output gradient. */
    protected abstract void backward(float[] x, int count);

    /** Moves the batch normalization statistics by the last training forward's batch statistics. */
    protected abstract void updateMovingStatistics();

    /** One optimizer step over every parameter, for the 1-based step {@link #steps()}. */
    protected abstract void applyUpdate();

    /** The 1-based number of the step a training forward belongs to: {@code steps() + 1}. */
    protected final long nextStep() {
        return steps + 1;
    }

    /** The seed the network draws from (set at creation, or by {@link #load}). */
    protected final long seed() {
        return seed;
    }

    // ---- Model: sizes and settings ----

    @Override public int inputSize() {
        return inputSize;
    }

    @Override public int outputSize() {
        return outputSize;
    }

    @Override public int batchSize() {
        return batchSize;
    }

    @Override public int parameterCount() {
        return parameterCount;
    }

    @Override public double learningRate() {
        return learningRate;
    }

    @Override public void setThreads(int threads) {
        boolean entered = guard.enter("setThreads");
        try {
            parallel.setThreads(threads, this);
        } finally {
            guard.exit(entered);
        }
    }

    @Override public int threads() {
        return parallel.threads();
    }

    @Override public void setLearningRate(double learningRate) {
        boolean entered = guard.enter("setLearningRate");
        try {
            changeLearningRate(learningRate);
        } finally {
            guard.exit(entered);
        }
    }

    /** {@link #setLearningRate} for the classes of this package, which already hold the guard. */
    final void changeLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    @Override public long steps() {
        return steps;
    }

    @Override public List<Layer> layers() {
        return layers;
    }

    @Override public String summary() {
        return Summary.of(title, inputSize, layers);
    }

    // ---- Model: the passes ----

    @Override public void predict(float[] x, int count, float[] out) {
        boolean entered = guard.enter("predict");
        try {
            Arguments.checkRows("x", x, count, inputSize);
            Arguments.checkRows("out", out, count, outputSize);
            Arguments.checkNotSame(x, out);
            for (int start = 0; start < count; start += batchSize) {
                int rows = Math.min(batchSize, count - start);
                inference(x, start * inputSize, rows);
                for (int i = 0; i < rows; i++) {
                    System.arraycopy(output, i * outputStride, out, (start + i) * outputSize, outputSize);
                }
            }
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void predictClasses(float[] x, int count, int[] classes) {
        boolean entered = guard.enter("predictClasses");
        try {
            Arguments.checkRows("x", x, count, inputSize);
            Arguments.checkClasses(classes, count);
            for (int start = 0; start < count; start += batchSize) {
                int rows = Math.min(batchSize, count - start);
                inference(x, start * inputSize, rows);
                for (int i = 0; i < rows; i++) {
                    classes[start + i] = Accuracy.predictedClass(output, i * outputStride, outputSize);
                }
            }
        } finally {
            guard.exit(entered);
        }
    }

    @Override public int[] predictClasses(DataSet data) {
        Objects.requireNonNull(data, "data");
        boolean entered = guard.enter("predictClasses");
        try {
            Arguments.checkFeatures(data, inputSize);
            int[] classes = new int[data.size()];
            predictClasses(data.features(), data.size(), classes);
            return classes;
        } finally {
            guard.exit(entered);
        }
    }

    @Override public float trainBatch(float[] x, int[] labels, int count) {
        boolean entered = guard.enter("trainBatch");
        try {
            float value = gradients(x, labels, count);
            step();
            return value;
        } finally {
            guard.exit(entered);
        }
    }

    @Override public float trainBatch(float[] x, float[] targets, int count) {
        boolean entered = guard.enter("trainBatch");
        try {
            float value = gradients(x, targets, count);
            step();
            return value;
        } finally {
            guard.exit(entered);
        }
    }

    @Override public float computeGradients(float[] x, int[] labels, int count) {
        boolean entered = guard.enter("computeGradients");
        try {
            return gradients(x, labels, count);
        } finally {
            guard.exit(entered);
        }
    }

    @Override public float computeGradients(float[] x, float[] targets, int count) {
        boolean entered = guard.enter("computeGradients");
        try {
            return gradients(x, targets, count);
        } finally {
            guard.exit(entered);
        }
    }

    /** Checks everything about the arguments, including that every input is finite, before any buffer changes. */
    private float gradients(float[] x, int[] labels, int count) {
        Arguments.checkSparse(loss);
        Arguments.checkBatch(x, count, inputSize, batchSize);
        Arguments.checkLabels(labels, count, outputSize);
        Arguments.checkFiniteInputs(x, count, inputSize);
        training(x, count);
        float value = lossOf(labels, count);
        backward(x, count);
        return value;
    }

    private float gradients(float[] x, float[] targets, int count) {
        Arguments.checkTargetsForm(loss);
        Arguments.checkBatch(x, count, inputSize, batchSize);
        Arguments.checkRows("targets", targets, count, outputSize);
        Arguments.checkFiniteInputs(x, count, inputSize);
        Arguments.checkTargets(loss, targets, count, outputSize);
        training(x, count);
        float value = lossOf(targets, count);
        backward(x, count);
        return value;
    }

    private void training(float[] x, int count) {
        lastRows = count;
        forwardTraining(x, count);
    }

    private void inference(float[] x, int offset, int count) {
        lastRows = count;
        forwardInference(x, offset, count);
    }

    /** Rows of the last forward pass, whose outputs the layer views can copy. */
    final int lastRows() {
        return lastRows;
    }

    private void step() {
        updateMovingStatistics();
        steps++;
        applyUpdate();
    }

    /**
     * {@code fit}'s step on checked arguments: the forward pass, and only when its loss is finite,
     * the backward pass and the update. Returns the loss either way.
     */
    final float trainChecked(float[] x, int[] labels, float[] targets, int count) {
        training(x, count);
        float value = labels != null ? lossOf(labels, count) : lossOf(targets, count);
        if (Float.isFinite(value)) {
            backward(x, count);
            step();
        }
        return value;
    }

    /** Whether every parameter, moving statistic and optimizer slot is finite: {@code fit}'s check after each step. */
    final boolean stateIsFinite() {
        return allFinite(parameters) && allFinite(statistics) && allFinite(slots);
    }

    private static boolean allFinite(Tensor[] tensors) {
        for (Tensor t : tensors) {
            if (!t.isFinite()) {
                return false;
            }
        }
        return true;
    }

    /** The first tensor (parameters, then statistics, then slots) holding a non-finite value, or null. */
    final Tensor firstNonFinite() {
        for (Tensor[] group : state) {
            for (Tensor t : group) {
                if (!t.isFinite()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** {@code fit}'s evaluation forward: inference mode, checked arguments, outputs left in the output buffer. */
    final float evaluateChecked(float[] x, int[] labels, float[] targets, int count) {
        inference(x, 0, count);
        return labels != null ? lossOf(labels, count) : lossOf(targets, count);
    }

    // ---- Model: flat copies ----

    @Override public void copyParametersTo(float[] dst) {
        boolean entered = guard.enter("copyParametersTo");
        try {
            Arguments.checkLength("dst", dst, parameterCount);
            Tensors.copyValues(parameters, dst);
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void copyGradientsTo(float[] dst) {
        boolean entered = guard.enter("copyGradientsTo");
        try {
            Arguments.checkLength("dst", dst, parameterCount);
            int offset = 0;
            for (Tensor t : parameters) {
                t.copyGradientTo(dst, offset);
                offset += t.size();
            }
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void setParameters(float[] src) {
        boolean entered = guard.enter("setParameters");
        try {
            Arguments.checkLength("src", src, parameterCount);
            int offset = 0;
            for (Tensor t : parameters) {
                t.checkFinite(src, offset);
                offset += t.size();
            }
            Tensors.setValues(parameters, src);
        } finally {
            guard.exit(entered);
        }
    }

    // ---- Model: training loop, evaluation, files ----

    @Override public History fit(DataSet train, Training training) {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(training, "training");
        boolean entered = guard.enter("fit");
        try {
            return new Trainer(this, train, training).run();
        } finally {
            guard.exit(entered);
        }
    }

    @Override public Evaluation evaluate(DataSet data) {
        Objects.requireNonNull(data, "data");
        boolean entered = guard.enter("evaluate");
        try {
            return Evaluator.evaluate(this, data);
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void save(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        boolean entered = guard.enter("save");
        try {
            ModelFile.save(this, file);
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        boolean entered = guard.enter("load");
        try {
            ModelFile.load(this, file);
        } finally {
            guard.exit(entered);
        }
    }

    // ---- for the classes of this package ----

    final String title() {
        return title;
    }

    final Loss loss() {
        return loss;
    }

    final float[] outputBuffer() {
        return output;
    }

    final int outputStride() {
        return outputStride;
    }

    final Tensor[] parameterTensors() {
        return parameters;
    }

    final Tensor[] statisticTensors() {
        return statistics;
    }

    final Tensor[] slotTensors() {
        return slots;
    }

    /** Every saved tensor in file order: parameters, moving statistics, optimizer slots. */
    final Tensor[][] stateTensors() {
        return state;
    }

    /** Restores what a model file holds besides the tensors. */
    final void restoreCounters(long steps, double learningRate, long seed) {
        this.steps = steps;
        this.learningRate = learningRate;
        this.seed = seed;
    }

    @Override public String toString() {
        return title + " (" + inputSize + " → " + outputSize + ", " + parameterCount + " parameters)";
    }

    // ---- Monte Carlo dropout and transfer (second milestone) ----

    /** Whether the running inference pass is a Monte Carlo pass: dropout layers then stay active. */
    protected final boolean monteCarlo() {
        return monteCarlo;
    }

    /**
     * The draw a Monte Carlo pass keys its masks with: negative, so it never meets a training step
     * (which counts from 1); a function of the chunk's first row and the sample only.
     */
    protected final long monteCarloDraw() {
        return monteCarloDraw;
    }

    @Override public void predictMonteCarlo(float[] x, int count, int samples, float[] out) {
        boolean entered = guard.enter("predictMonteCarlo");
        try {
            if (samples < 1) {
                throw new IllegalArgumentException("samples must be at least 1, got " + samples);
            }
            Arguments.checkRows("x", x, count, inputSize);
            Arguments.checkRows("out", out, count, outputSize);
            Arguments.checkNotSame(x, out);
            float share = 1f / samples;
            try {
                monteCarlo = true;
                for (int start = 0; start < count; start += batchSize) {
                    int rows = Math.min(batchSize, count - start);
                    for (int s = 0; s < samples; s++) {
                        monteCarloDraw = -1 - ((long) start * samples + s);
                        inference(x, start * inputSize, rows);
                        for (int i = 0; i < rows; i++) {
                            int to = (start + i) * outputSize;
                            int from = i * outputStride;
                            for (int j = 0; j < outputSize; j++) {
                                out[to + j] = s == 0 ? output[from + j] : out[to + j] + output[from + j];
                            }
                        }
                    }
                    for (int i = start * outputSize; i < (start + rows) * outputSize; i++) {
                        out[i] *= share;
                    }
                }
            } finally {
                monteCarlo = false;
            }
        } finally {
            guard.exit(entered);
        }
    }

    @Override public void copyLayersFrom(Model source, String... layerNames) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layerNames, "layerNames");
        boolean entered = guard.enter("copyLayersFrom");
        try {
            Transfer.copy(source, this, layerNames);
        } finally {
            guard.exit(entered);
        }
    }
}
