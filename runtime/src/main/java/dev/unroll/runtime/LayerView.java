package dev.unroll.runtime;

import dev.unroll.Layer;

/** The common part of every layer view, plus what the summary table needs. */
public class LayerView implements Layer {
    private final String name;
    private final String kind;
    private final String description;
    private final int inputSize;
    private final int outputSize;

    public LayerView(String name, String kind, int inputSize, int outputSize) {
        this(name, kind, kind, inputSize, outputSize);
    }

    /** A layer without parameters; {@code description} is the kind with its setting, e.g. {@code LeakyReLU (alpha 0.3)}. */
    public LayerView(String name, String kind, String description, int inputSize, int outputSize) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
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

    /** Values that are saved but not trained, such as moving statistics. */
    public int nonTrainableCount() {
        return 0;
    }

    /** The kind with its main setting, for the summary: {@code Dense (relu)}. */
    public String description() {
        return description;
    }

    @Override public String toString() {
        return name + ": " + description() + " " + inputSize + " → " + outputSize;
    }
}
