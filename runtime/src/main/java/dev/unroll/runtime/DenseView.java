package dev.unroll.runtime;

import dev.unroll.Activation;
import dev.unroll.DenseLayer;
import java.util.List;
import java.util.Locale;

/** The view of a Dense layer; {@code bias} is null when the layer has none. */
public final class DenseView extends LayerView implements DenseLayer {
    private final Activation activation;
    private final Tensor kernel;
    private final Tensor bias;

    public DenseView(String name, int inputSize, int outputSize, Activation activation, Tensor kernel, Tensor bias,
                     float[] output, int outputStride) {
        super(name, "Dense", describe(activation), inputSize, outputSize, output, outputStride,
                bias == null ? List.of(kernel) : List.of(kernel, bias));
        this.activation = activation;
        this.kernel = kernel;
        this.bias = bias;
    }

    @Override public Activation activation() {
        return activation;
    }

    @Override public float[] kernel() {
        return kernel.values();
    }

    @Override public float[] bias() {
        return bias == null ? new float[outputSize()] : bias.values();
    }

    @Override public float[] kernelGradient() {
        return kernel.gradient();
    }

    @Override public float[] biasGradient() {
        return bias == null ? new float[outputSize()] : bias.gradient();
    }

    @Override public void setKernel(float[] values) {
        kernel.set(values);
    }

    @Override public void setBias(float[] values) {
        if (bias == null) {
            throw new UnsupportedOperationException(name() + " has no bias (useBias = false)");
        }
        bias.set(values);
    }

    @Override public int parameterCount() {
        return kernel.size() + (bias == null ? 0 : bias.size());
    }

    private static String describe(Activation activation) {
        return activation == Activation.LINEAR ? "Dense" : "Dense (" + activation.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** Freezes ({@code false}) or unfreezes the layer: the optimizer leaves frozen parameters and their state alone. */
    @Override public void setTrainable(boolean trainable) {
        changeTrainable(trainable);
    }
}
