package dev.unroll.runtime;

import dev.unroll.Layer;
import java.util.List;

/**
 * The common part of every layer view. Besides what {@link Layer} offers, it knows the layer's
 * tensors (for the summary and the model file) and its output buffer, so training can name the
 * first layer whose values stopped being finite.
 */
public class LayerView implements Layer {
    private final String name;
    private final String kind;
    private final String description;
    private final int inputSize;
    private final int outputSize;
    private final float[] output;
    private final int outputStride;
    private final List<Tensor> tensors;
    private GeneratedNetwork network;
    /** Read by the generated passes at every step; written only between calls, by {@link #changeTrainable}. */
    private boolean trainable = true;

    /** A layer without parameters; {@code description} is the kind with its setting, e.g. {@code LeakyReLU (alpha 0.3)}. */
    public LayerView(String name, String kind, String description, int inputSize, int outputSize, float[] output,
                     int outputStride) {
        this(name, kind, description, inputSize, outputSize, output, outputStride, List.of());
    }

    protected LayerView(String name, String kind, String description, int inputSize, int outputSize, float[] output,
                        int outputStride, List<Tensor> tensors) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.output = output;
        this.outputStride = outputStride;
        this.tensors = List.copyOf(tensors);
    }

    @Override public String name() {
        return name;
    }

    @Override public String kind() {
        return kind;
    }

    @Override public int inputSize() {
        return inputSize;
    }

    @Override public int outputSize() {
        return outputSize;
    }

    @Override public int parameterCount() {
        return 0;
    }

    /**
     * Whether the optimizer moves the layer's parameters (true unless a view with parameters was
     * frozen by {@code setTrainable(false)}); the generated update and forward passes ask.
     */
    public boolean isTrainable() {
        return trainable;
    }

    /** {@code setTrainable} of the views that have parameters. */
    protected final void changeTrainable(boolean value) {
        this.trainable = value;
    }

    /** Called by the network that registers this view. */
    final void attach(GeneratedNetwork network) {
        this.network = network;
    }

    @Override public float[] outputs() {
        int rows = network == null ? 0 : network.lastRows();
        float[] copy = new float[rows * outputSize];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(output, i * outputStride, copy, i * outputSize, outputSize);
        }
        return copy;
    }

    /** Values that are saved but not trained, such as moving statistics. */
    public int nonTrainableCount() {
        return 0;
    }

    /** The kind with its main setting, for the summary: {@code Dense (relu)}. */
    public String description() {
        return description;
    }

    /** The layer's parameters and statistics. */
    List<Tensor> tensors() {
        return tensors;
    }

    /** Where the layer's values stopped being finite (a tensor's name, or "the outputs"), or null. */
    String nonFinite(int rows) {
        for (Tensor t : tensors) {
            if (!t.isFinite()) {
                return t.name();
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < outputSize; j++) {
                if (!Float.isFinite(output[i * outputStride + j])) {
                    return "the outputs";
                }
            }
        }
        return null;
    }

    /** The largest magnitude among the first {@code rows} outputs of the last forward pass. */
    float largestOutput(int rows) {
        float largest = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < outputSize; j++) {
                largest = Math.max(largest, Math.abs(output[i * outputStride + j]));
            }
        }
        return largest;
    }

    @Override public String toString() {
        return name + ": " + description() + " " + inputSize + " → " + outputSize;
    }
}
