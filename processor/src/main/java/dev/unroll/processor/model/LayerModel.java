package dev.unroll.processor.model;

import dev.unroll.Layer;
import java.util.List;

/**
 * One declared layer. {@code name} is the declaring method's name; {@code returnType} its declared
 * return type. Every fact about a layer kind that more than one check or emitter needs lives here,
 * so a new layer kind states it once, in its own record.
 */
public sealed interface LayerModel permits DenseModel, BatchNormModel, ActivationModel, PReLUModel,
        DropoutModel {
    String name();

    String returnType();

    Origin origin();

    /** The annotation's simple name, which is also the layer's {@code kind()}. */
    String kind();

    /** The layer's output width given its input width. */
    int outputSize(int inputSize);

    /** The view interface the layer's method returns (or its supertype {@link Layer}). */
    Class<? extends Layer> viewType();

    /** Its trainable arrays, in flat parameter order (empty for a layer without parameters). */
    List<ParameterArray> parameters(Layout.Shape shape);

    /**
     * Whether the layer has something to train. Which arrays a kind has depends on its settings,
     * never on its sizes, so any shape answers.
     */
    default boolean trainable() {
        return !parameters(new Layout.Shape(0, 1, 1, 1, 1)).isEmpty();
    }

    /** The parameter-free activation the layer ends with, or null when it does not end with one. */
    default ActivationFunction.Kind finalActivation() {
        return null;
    }

    /** Whether the layer applies a non-linearity of its own. */
    default boolean isNonLinear() {
        ActivationFunction.Kind kind = finalActivation();
        return kind != null && kind != ActivationFunction.Kind.LINEAR;
    }

    /** Whether the layer is an activation and nothing else (it maps each value on its own). */
    default boolean isActivationOnly() {
        return false;
    }

    /** Whether the layer can read the user's unpadded input rows directly when it comes first. */
    default boolean readsUserInput() {
        return false;
    }

    /** The name of the annotation value that sets the layer's activation, or null. */
    default String activationValue() {
        return null;
    }
}
