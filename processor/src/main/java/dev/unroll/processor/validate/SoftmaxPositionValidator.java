package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.util.List;

/** SOFTMAX only on the last layer. */
public final class SoftmaxPositionValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        List<LayerModel> layers = network.layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            LayerModel layer = layers.get(i);
            if (layer.finalActivation() == ActivationFunction.Kind.SOFTMAX) {
                diagnostics.reportAt(Message.SOFTMAX_POSITION, layer.origin(), layer.activationValue(), layer.name());
            }
        }
    }
}
