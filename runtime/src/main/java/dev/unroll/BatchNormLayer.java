package dev.unroll;

/**
 * A {@link BatchNormalization} layer. {@link #gamma()} returns ones when {@code scale = false}
 * and {@link #beta()} zeros when {@code center = false}; their setters then throw
 * {@link UnsupportedOperationException}.
 */
public interface BatchNormLayer extends Layer {
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
}
