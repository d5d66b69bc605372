package dev.unroll.processor.validate;

import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import java.util.List;

/** Facts about the order of layers that several checks share. */
final class Stack {
    /** How an activation treats the signal, for the initialization rules (Glorot & Bengio 2010, He et al. 2015). */
    enum Family { RELU, SELU, SATURATING, LINEAR }

    /** The activation a Dense layer's output meets: its own, or the activation layer after its batch normalization. */
    record Effective(String name, Family family) {}

    private Stack() {}

    /**
     * The activation that counts for layer {@code index}, a Dense layer: its own when it has one,
     * otherwise the first activation layer reached through batch normalization layers only;
     * linear when the output reaches another Dense layer or the end first.
     */
    static Effective effective(NetworkModel network, int index) {
        DenseModel dense = (DenseModel) network.layers().get(index);
        if (dense.activation().kind() != ActivationFunction.Kind.LINEAR) {
            return of(dense.activation());
        }
        List<LayerModel> layers = network.layers();
        for (int i = index + 1; i < layers.size(); i++) {
            LayerModel next = layers.get(i);
            if (next instanceof ActivationModel activation) {
                return of(activation.function());
            }
            if (next instanceof PReLUModel prelu) {
                return new Effective(prelu.kind(), Family.RELU);
            }
            if (!(next instanceof BatchNormModel)) {
                break;
            }
        }
        return of(ActivationFunction.of(ActivationFunction.Kind.LINEAR));
    }

    static Effective of(ActivationFunction f) {
        Family family = switch (f.kind()) {
            case RELU, LEAKY_RELU, ELU, RRELU -> Family.RELU;
            case SELU -> Family.SELU;
            case SIGMOID, TANH, SOFTMAX -> Family.SATURATING;
            case LINEAR -> Family.LINEAR;
        };
        return new Effective(f.kind().displayName(), family);
    }

    /** Whether a layer's outputs can never be negative (ReLU, sigmoid, softmax). */
    static boolean neverNegative(LayerModel layer) {
        ActivationFunction.Kind kind = layer.finalActivation();
        return kind == ActivationFunction.Kind.RELU || kind == ActivationFunction.Kind.SIGMOID
                || kind == ActivationFunction.Kind.SOFTMAX;
    }

    /** The indices of the hidden Dense layers: all but the last Dense layer. */
    static List<Integer> hiddenDense(NetworkModel network) {
        List<LayerModel> layers = network.layers();
        int last = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof DenseModel) {
                last = i;
            }
        }
        final int output = last;
        return java.util.stream.IntStream.range(0, layers.size())
                .filter(i -> i != output && layers.get(i) instanceof DenseModel).boxed().toList();
    }

    static boolean hasBatchNorm(NetworkModel network) {
        return network.layers().stream().anyMatch(l -> l instanceof BatchNormModel);
    }
}
