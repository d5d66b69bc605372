package dev.unroll;

/**
 * A {@link BatchNormalization} layer. {@link #gamma()} returns ones when {@code scale = false}
 * and {@link #beta()} zeros when {@code center = false}; their setters then throw
 * {@link UnsupportedOperationException}.
 */
public interface BatchNormLayer extends Layer {
    /** The {@code epsilon} of the declaration, added to the variance before its square root. */
    double epsilon();

    /** The {@code momentum} of the declaration (Keras convention: moving = moving·momentum + batch·(1 − momentum)). */
    double momentum();

    float[] gamma();

    float[] beta();

    float[] movingMean();

    float[] movingVariance();

    void setGamma(float[] gamma);

    void setBeta(float[] beta);

    void setMovingMean(float[] movingMean);

    /** @throws IllegalArgumentException if a value is negative or not finite */
    void setMovingVariance(float[] movingVariance);

    float[] gammaGradient();

    float[] betaGradient();

    /**
     * Freezes ({@code false}) or unfreezes ({@code true}, the default) the layer, as Keras'
     * {@code layer.trainable}: a frozen layer's parameters and optimizer state do not move in
     * training, gradients still flow through it to the layers below, and a frozen batch normalization runs in inference mode (moving statistics, no update), and the summary counts its
     * parameters as non-trainable. Call it between training calls, not during one.
     */
    void setTrainable(boolean trainable);

    /** Whether the optimizer moves this layer's parameters. */
    boolean isTrainable();
}
