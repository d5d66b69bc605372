package dev.unroll.processor.validate;

import dev.unroll.processor.model.NetworkModel;

/** A network has at least one layer. */
public final class LayerCountValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (network.layers().isEmpty() && network.complete()) {
            diagnostics.report(Message.NO_LAYERS, network.origin(), network.interfaceName());
        }
    }
}
