package dev.unroll.processor.validate;

import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;

/** A network has at least one layer, and something to train. */
public final class LayerCountValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (!network.complete()) {
            return;
        }
        if (network.layers().isEmpty()) {
            diagnostics.report(Message.NO_LAYERS, network.origin().elementOnly(), network.interfaceName());
        } else if (network.layers().stream().noneMatch(LayerCountValidator::isTrainable)) {
            diagnostics.report(Message.NO_PARAMETERS, network.origin().elementOnly(), network.interfaceName());
        }
    }

    private static boolean isTrainable(LayerModel layer) {
        return layer instanceof DenseModel || layer instanceof PReLUModel
                || layer instanceof BatchNormModel bn && (bn.center() || bn.scale());
    }
}
