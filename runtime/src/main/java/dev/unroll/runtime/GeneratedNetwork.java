package dev.unroll.runtime;

import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import java.util.List;

/**
 * The base of every generated network. It owns what does not depend on the architecture: argument
 * checks, chunked prediction, the order of a training step, the flat parameter copies and the
 * summary. The generated subclass supplies the unrolled passes as the hooks below and registers
 * its tensors and views at the end of its constructor.
 */
public abstract class GeneratedNetwork implements Model {
    private final String title;
    private final int inputSize;
    private final int outputSize;
    private final int batchSize;
    private final Loss loss;
    private final long seed;
    private double learningRate;
    private long steps;
    private Tensor[] parameters = new Tensor[0];
    private List<Layer> layers = List.of();
    private float[] output;
    private int outputStride;
    private int parameterCount;

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

    /** Called once by the generated constructor: the trainable tensors in flat order, the views, and the output buffer. */
    protected final void register(Tensor[] parameters, Layer[] layers, float[] output, int outputStride) {
        this.parameters = parameters.clone();
        this.layers = List.of(layers);
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

    /** The loss of the last training forward against integer labels; writes the output gradient. */
    protected float lossOf(int[] labels, int count) {
        throw new IllegalStateException("not a sparse network");
    }

    /** The loss of the last training forward against targets; writes the output gradient. */
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

    /** The seed the network was created with. */
    protected final long seed() {
        return seed;
    }

    // ---- Model ----

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

    @Override public void setLearningRate(double learningRate) {
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

    @Override public void predict(float[] x, int count, float[] out) {
        Arguments.checkRows("x", x, count, inputSize);
        Arguments.checkRows("out", out, count, outputSize);
        for (int start = 0; start < count; start += batchSize) {
            int rows = Math.min(batchSize, count - start);
            forwardInference(x, start * inputSize, rows);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(output, i * outputStride, out, (start + i) * outputSize, outputSize);
            }
        }
    }

    @Override public float trainBatch(float[] x, int[] labels, int count) {
        float value = computeGradients(x, labels, count);
        step();
        return value;
    }

    @Override public float trainBatch(float[] x, float[] targets, int count) {
        float value = computeGradients(x, targets, count);
        step();
        return value;
    }

    @Override public float computeGradients(float[] x, int[] labels, int count) {
        Arguments.checkSparse(loss);
        Arguments.checkBatch(x, count, inputSize, batchSize);
        Arguments.checkLabels(labels, count, outputSize);
        forwardTraining(x, count);
        float value = lossOf(labels, count);
        backward(x, count);
        return value;
    }

    @Override public float computeGradients(float[] x, float[] targets, int count) {
        Arguments.checkTargetsForm(loss);
        Arguments.checkBatch(x, count, inputSize, batchSize);
        Arguments.checkRows("targets", targets, count, outputSize);
        forwardTraining(x, count);
        float value = lossOf(targets, count);
        backward(x, count);
        return value;
    }

    private void step() {
        updateMovingStatistics();
        steps++;
        applyUpdate();
    }

    @Override public void copyParametersTo(float[] dst) {
        Arguments.checkLength("dst", dst, parameterCount);
        int offset = 0;
        for (Tensor t : parameters) {
            t.copyValuesTo(dst, offset);
            offset += t.size();
        }
    }

    @Override public void copyGradientsTo(float[] dst) {
        Arguments.checkLength("dst", dst, parameterCount);
        int offset = 0;
        for (Tensor t : parameters) {
            t.copyGradientTo(dst, offset);
            offset += t.size();
        }
    }

    @Override public void setParameters(float[] src) {
        Arguments.checkLength("src", src, parameterCount);
        int offset = 0;
        for (Tensor t : parameters) {
            t.checkFinite(src, offset);
            offset += t.size();
        }
        offset = 0;
        for (Tensor t : parameters) {
            t.setValues(src, offset);
            offset += t.size();
        }
    }

    @Override public String toString() {
        return title + " (" + inputSize + " → " + outputSize + ", " + parameterCount + " parameters)";
    }
}
