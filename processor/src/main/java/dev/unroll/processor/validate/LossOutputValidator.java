package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.util.Locale;

/** The cross-entropies get the output they are defined on: softmax for the categorical ones, sigmoid for binary. */
public final class LossOutputValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (!network.complete() || network.layers().isEmpty()) {
            return;
        }
        ActivationFunction.Kind needed = network.requiredOutput();
        if (needed == null) {
            return;
        }
        LayerModel last = network.output();
        if (last.finalActivation() != needed) {
            String name = needed.name();
            diagnostics.reportAt(Message.LOSS_OUTPUT, network.origin(), "loss", network.interfaceName(), network.loss(),
                    name, last.name(), describe(last), "Set activation = " + name + " on the last @Dense, or add"
                            + " @ActivationLayer(" + name + ") Layer " + name.toLowerCase(Locale.ROOT)
                            + "(); as the last layer.");
        }
    }

    private static String describe(LayerModel layer) {
        ActivationFunction.Kind kind = layer.finalActivation();
        return kind == null ? "@" + layer.kind() : "@" + layer.kind() + " with " + kind;
    }
}
