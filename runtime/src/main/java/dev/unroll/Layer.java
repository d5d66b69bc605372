package dev.unroll;

/**
 * A read-mostly view of one declared layer. Getters return copies in the documented layout;
 * setters copy in. Views are for inspection and set-up, not for the training loop.
 */
public interface Layer {
    /** The name of the declaring method, e.g. {@code hidden1}. */
    String name();

    /** The layer's annotation name: {@code Dense}, {@code BatchNormalization}, {@code ActivationLayer}, {@code LeakyReLU}, {@code ELU}, {@code PReLU} or {@code RReLU}. */
    String kind();

    int inputSize();

    int outputSize();

    /** Number of trainable values of this layer. */
    int parameterCount();

    /**
     * A copy of this layer's outputs from the last forward pass: {@code rows × outputSize()},
     * row-major, for the rows of the last {@code trainBatch}/{@code computeGradients} (training
     * mode) or of the last chunk of at most {@code batchSize()} rows that {@code predict} or
     * {@code evaluate} processed (inference mode); empty before any pass. For looking inside a
     * network, e.g. the mean and spread of each layer's activations.
     */
    float[] outputs();
}
