package dev.unroll.processor.model;

import dev.unroll.Layer;
import java.util.List;

/** {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} or {@code @RReLU}: an activation as its own layer. */
public record ActivationModel(String name, String returnType, Origin origin, String kind, ActivationFunction function)
        implements LayerModel {
    @Override public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override public Class<? extends Layer> viewType() {
        return Layer.class;
    }

    @Override public List<ParameterArray> parameters(Layout.Shape shape) {
        return List.of();
    }

    @Override public boolean isActivationOnly() {
        return true;
    }

    @Override public ActivationFunction.Kind finalActivation() {
        return function.kind();
    }

    @Override public String activationValue() {
        return kind.equals("ActivationLayer") ? "value" : null;
    }

    /** The kind with its setting, for the summary: {@code ActivationLayer (relu)}, {@code LeakyReLU (alpha 0.3)}. */
    public String description() {
        return kind + " (" + function.setting() + ")";
    }
}
