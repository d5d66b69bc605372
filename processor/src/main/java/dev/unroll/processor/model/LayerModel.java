package dev.unroll.processor.model;

/** One declared layer. {@code name} is the declaring method's name; {@code returnType} its declared return type. */
public sealed interface LayerModel permits DenseModel, BatchNormModel, ActivationModel, PReLUModel {
    String name();

    String returnType();

    Origin origin();

    /** The annotation's simple name, which is also the layer's {@code kind()}. */
    String kind();

    /** The layer's output width given its input width. */
    int outputSize(int inputSize);
}
