package dev.unroll;

/** A {@link PReLU} layer: one trainable slope per unit, or a single one when {@code shared}. */
public interface PReLULayer extends Layer {
    /** The slopes: {@code outputSize()} values, or one value for a shared slope. */
    float[] alpha();

    void setAlpha(float[] alpha);

    float[] alphaGradient();
}
