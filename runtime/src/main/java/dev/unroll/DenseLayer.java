package dev.unroll;

/** A {@link Dense} layer. The kernel is {@code [inputSize][outputSize]} row-major: {@code kernel[i * out + j]}. */
public interface DenseLayer extends Layer {
    /** The activation applied inside this layer ({@link Activation#LINEAR} for none). */
    Activation activation();

    float[] kernel();

    /** The bias; all zeros when the layer has {@code useBias = false}. */
    float[] bias();

    /** Gradient of the loss with respect to the kernel, from the last training step or {@code computeGradients}. */
    float[] kernelGradient();

    /** Gradient with respect to the bias; zeros when the layer has no bias. */
    float[] biasGradient();

    /** @throws IllegalArgumentException if the length is not {@code inputSize() * outputSize()} or a value is not finite */
    void setKernel(float[] kernel);

    /** @throws UnsupportedOperationException if the layer has {@code useBias = false} */
    void setBias(float[] bias);

    /**
     * Freezes ({@code false}) or unfreezes ({@code true}, the default) the layer, as Keras'
     * {@code layer.trainable}: a frozen layer's parameters and optimizer state do not move in
     * training, gradients still flow through it to the layers below, and the summary counts its
     * parameters as non-trainable. Call it between training calls, not during one.
     */
    void setTrainable(boolean trainable);

    /** Whether the optimizer moves this layer's parameters. */
    boolean isTrainable();
}
