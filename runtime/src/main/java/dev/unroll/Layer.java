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
}
