package dev.unroll.processor.model;

import dev.unroll.Layer;
import dev.unroll.PReLULayer;
import java.util.List;

/** {@code @PReLU}. */
public record PReLUModel(String name, String returnType, Origin origin, double alpha, boolean shared)
        implements LayerModel {
    @Override public String kind() {
        return "PReLU";
    }

    @Override public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override public Class<? extends Layer> viewType() {
        return PReLULayer.class;
    }

    /** The slopes: one per unit, or one for the layer when shared. */
    @Override public List<ParameterArray> parameters(Layout.Shape shape) {
        return List.of(shared ? new ParameterArray("alpha", 1, 1, 1)
                : new ParameterArray("alpha", 1, shape.out(), shape.stride()));
    }

    @Override public boolean isActivationOnly() {
        return true;
    }

    /** Its slopes make it non-linear, though it ends with no parameter-free activation. */
    @Override public boolean isNonLinear() {
        return true;
    }
}
