package dev.unroll.processor.model;

import dev.unroll.Initializer;

/** {@code @Dense}. */
public record DenseModel(String name, String returnType, Origin origin, int units, ActivationFunction activation,
                         Initializer kernelInitializer, Initializer biasInitializer, boolean useBias)
        implements LayerModel {
    @Override public String kind() {
        return "Dense";
    }

    @Override public int outputSize(int inputSize) {
        return units;
    }
}
