package dev.unroll.processor.model;

/** {@code @PReLU}. */
public record PReLUModel(String name, String returnType, Origin origin, double alpha, boolean shared)
        implements LayerModel {
    @Override public String kind() {
        return "PReLU";
    }

    @Override public int outputSize(int inputSize) {
        return inputSize;
    }
}
