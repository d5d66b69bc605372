package dev.unroll.processor.model;

import dev.unroll.DenseLayer;
import dev.unroll.Initializer;
import dev.unroll.Layer;
import java.util.ArrayList;
import java.util.List;

/** {@code @Dense}. */
public record DenseModel(String name, String returnType, Origin origin, int units, ActivationFunction activation,
                         Initializer kernelInitializer, Initializer biasInitializer, boolean useBias, double l1,
                         double l2, double maxNorm)
        implements LayerModel {
    /** Whether a weight penalty (l1 or l2) is on the kernel. */
    public boolean penalized() {
        return l1 != 0 || l2 != 0;
    }

    @Override public String kind() {
        return "Dense";
    }

    @Override public int outputSize(int inputSize) {
        return units;
    }

    @Override public Class<? extends Layer> viewType() {
        return DenseLayer.class;
    }

    /** The kernel {@code [in][out]}, then the bias. */
    @Override public List<ParameterArray> parameters(Layout.Shape shape) {
        List<ParameterArray> arrays = new ArrayList<>();
        arrays.add(new ParameterArray("kernel", shape.in(), shape.out(), shape.stride()));
        if (useBias) {
            arrays.add(new ParameterArray("bias", 1, shape.out(), shape.stride()));
        }
        return arrays;
    }

    @Override public ActivationFunction.Kind finalActivation() {
        return activation.kind();
    }

    /** {@code MatMul.forward} reads rows at any leading dimension, so a first Dense layer reads {@code x} itself. */
    @Override public boolean readsUserInput() {
        return true;
    }

    @Override public String activationValue() {
        return "activation";
    }

    public boolean isLinear() {
        return activation.kind() == ActivationFunction.Kind.LINEAR;
    }
}
