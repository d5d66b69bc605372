package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;

/** A network has at least one layer, and something to train. */
public final class LayerCountValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (!network.complete()) {
            return;
        }
        if (network.layers().isEmpty()) {
            diagnostics.report(Message.NO_LAYERS, network.origin().elementOnly(), network.interfaceName());
        } else if (network.layers().stream().noneMatch(LayerModel::trainable)) {
            diagnostics.report(Message.NO_PARAMETERS, network.origin().elementOnly(), network.interfaceName());
        }
    }
}
