package dev.unroll.processor.model;

/** {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} or {@code @RReLU}: an activation as its own layer. */
public record ActivationModel(String name, String returnType, Origin origin, String kind, ActivationFunction function)
        implements LayerModel {
    @Override public int outputSize(int inputSize) {
        return inputSize;
    }
}
