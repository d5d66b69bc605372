package dev.unroll.processor.validate;

import dev.unroll.Loss;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.util.Locale;

/** The cross-entropies get the output they are defined on: softmax for the categorical ones, sigmoid for binary. */
public final class LossOutputValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (!network.complete() || network.layers().isEmpty()) {
            return;
        }
        ActivationFunction.Kind needed = requiredOutput(network.loss());
        if (needed == null) {
            return;
        }
        LayerModel last = network.layers().get(network.layers().size() - 1);
        if (outputActivation(last) != needed) {
            String name = needed.name();
            diagnostics.reportAt(Message.LOSS_OUTPUT, network.origin(), "loss", network.interfaceName(), network.loss(),
                    name, last.name(), describe(last), "Set activation = " + name + " on the last @Dense, or add"
                            + " @ActivationLayer(" + name + ") Layer " + name.toLowerCase(Locale.ROOT)
                            + "(); as the last layer.");
        }
    }

    /** The activation a loss needs on the last layer, or null for any. */
    public static ActivationFunction.Kind requiredOutput(Loss loss) {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, CATEGORICAL_CROSSENTROPY -> ActivationFunction.Kind.SOFTMAX;
            case BINARY_CROSSENTROPY -> ActivationFunction.Kind.SIGMOID;
            case MEAN_SQUARED_ERROR -> null;
        };
    }

    /** The activation a layer ends with, or null when it does not end with a plain activation. */
    public static ActivationFunction.Kind outputActivation(LayerModel layer) {
        if (layer instanceof DenseModel dense) {
            return dense.activation().kind();
        }
        if (layer instanceof ActivationModel activation) {
            return activation.function().kind();
        }
        return null;
    }

    private static String describe(LayerModel layer) {
        ActivationFunction.Kind kind = outputActivation(layer);
        return kind == null ? "@" + layer.kind() : "@" + layer.kind() + " with " + kind;
    }
}
