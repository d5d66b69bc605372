package dev.unroll.processor.model;

/** {@code @BatchNormalization}. */
public record BatchNormModel(String name, String returnType, Origin origin, double momentum, double epsilon,
                             boolean center, boolean scale) implements LayerModel {
    @Override public String kind() {
        return "BatchNormalization";
    }

    @Override public int outputSize(int inputSize) {
        return inputSize;
    }
}
