package dev.unroll;

import java.util.List;

/**
 * What every generated network offers. Arrays are row-major: {@code x} holds
 * {@code count * inputSize()} values, outputs and targets {@code count * outputSize()}. Arrays may
 * be longer than needed; only the first {@code count} rows are read or written. Methods marked
 * <em>no allocation</em> allocate nothing once warmed up. A model is not thread-safe.
 */
public interface Model {
    int inputSize();

    int outputSize();

    /** The most examples one training step takes. */
    int batchSize();

    /** Number of trainable values. */
    int parameterCount();

    /**
     * Inference: batch normalization uses its moving statistics, RReLU its mean slope. Any
     * {@code count >= 0}, processed in chunks of {@link #batchSize()}. <em>No allocation.</em>
     */
    void predict(float[] x, int count, float[] out);

    /**
     * One optimizer step on {@code count <= batchSize()} examples with integer class labels, for
     * {@link Loss#SPARSE_CATEGORICAL_CROSSENTROPY}. Returns the mean loss before the step.
     * <em>No allocation.</em>
     */
    float trainBatch(float[] x, int[] labels, int count);

    /** One optimizer step with {@code count * outputSize()} targets (one-hot, binary or regression). <em>No allocation.</em> */
    float trainBatch(float[] x, float[] targets, int count);

    /**
     * Training-mode forward and backward only: fills the gradients and returns the loss; changes
     * no parameter, moving statistic or optimizer state. <em>No allocation.</em>
     */
    float computeGradients(float[] x, int[] labels, int count);

    /** The {@code float[] targets} twin of {@link #computeGradients(float[], int[], int)}. */
    float computeGradients(float[] x, float[] targets, int count);

    /** All trainable values, flat, layer by layer (Keras {@code trainable_weights} order). */
    void copyParametersTo(float[] dst);

    /** Sets all trainable values; optimizer state, step count and moving statistics stay. */
    void setParameters(float[] src);

    /** The gradients of the last {@code trainBatch}/{@code computeGradients}, before clipping, in parameter order. */
    void copyGradientsTo(float[] dst);

    /** The optimizer's current learning rate. */
    double learningRate();

    /** Changes the learning rate for the following steps; allocates nothing. */
    void setLearningRate(double learningRate);

    /** Number of optimizer steps taken so far. */
    long steps();

    /** A Keras-like table: layer, kind, output size, parameters, totals. */
    String summary();

    /** One view per declared layer, in order. */
    List<Layer> layers();
}
