package dev.unroll.processor.model;

import dev.unroll.Loss;
import java.util.List;

/**
 * A whole declaration: the interface ({@code packageName}, {@code interfaceName} as written inside
 * the package, e.g. {@code Outer.Inner}), the class to generate and the network itself. Built by
 * the parser, checked by the validators, read by the emitters (only once it is valid: then there
 * is exactly one optimizer and {@code complete} is true).
 *
 * <p>{@code complete} is false when the parser had to leave out a method it could not read as a
 * layer (its error is already reported); checks that depend on the whole stack then stay quiet
 * rather than report follow-up errors.
 */
public record NetworkModel(Origin origin, String packageName, String interfaceName, String generatedName,
                           boolean isPublic, int inputs, Loss loss, int batchSize, long seed,
                           List<OptimizerModel> optimizers, List<LayerModel> layers, boolean complete) {
    public NetworkModel {
        optimizers = List.copyOf(optimizers);
        layers = List.copyOf(layers);
    }

    /** The one optimizer of a valid network. */
    public OptimizerModel optimizer() {
        return optimizers.get(0);
    }

    /** The input width of layer {@code index}. */
    public int inputSizeOf(int index) {
        int size = inputs;
        for (int i = 0; i < index; i++) {
            size = layers.get(i).outputSize(size);
        }
        return size;
    }

    public int outputSize() {
        return inputSizeOf(layers.size());
    }

    /** The last layer. */
    public LayerModel output() {
        return layers.get(layers.size() - 1);
    }

    /** The activation the loss needs on the last layer, or null for any. */
    public ActivationFunction.Kind requiredOutput() {
        return requiredOutput(loss);
    }

    /** The activation a loss needs on the last layer, or null for any: the cross-entropies are defined on probabilities. */
    public static ActivationFunction.Kind requiredOutput(Loss loss) {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, CATEGORICAL_CROSSENTROPY -> ActivationFunction.Kind.SOFTMAX;
            case BINARY_CROSSENTROPY -> ActivationFunction.Kind.SIGMOID;
            case MEAN_SQUARED_ERROR, HUBER, MEAN_ABSOLUTE_ERROR -> null;
        };
    }

    /**
     * Whether the loss gradient is taken with respect to the input of the output layer's final
     * activation (softmax with a categorical cross-entropy, sigmoid with the binary one).
     */
    public boolean lossFusedWithOutput() {
        ActivationFunction.Kind needed = requiredOutput();
        return needed != null && needed == output().finalActivation();
    }
}
