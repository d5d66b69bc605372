package dev.unroll;

/** A {@link PReLU} layer: one trainable slope per unit, or a single one when {@code shared}. */
public interface PReLULayer extends Layer {
    /** The slopes: {@code outputSize()} values, or one value for a shared slope. */
    float[] alpha();

    void setAlpha(float[] alpha);

    float[] alphaGradient();

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
