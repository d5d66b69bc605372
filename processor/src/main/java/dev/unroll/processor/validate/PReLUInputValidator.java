package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import java.util.List;

/** A PReLU needs an input that can be negative, or its slopes never receive a gradient. */
public final class PReLUInputValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        List<LayerModel> layers = network.layers();
        for (int i = 1; i < layers.size(); i++) {
            LayerModel before = layers.get(i - 1);
            if (layers.get(i) instanceof PReLUModel prelu && Stack.neverNegative(before)) {
                diagnostics.report(Message.PRELU_INPUT, prelu.origin(), prelu.name(), before.name(),
                        before.finalActivation().displayName() + " outputs are at least 0");
            }
        }
    }
}
