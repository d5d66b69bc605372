package dev.unroll.processor.validate;

import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;

/** Inputs, batch size and units are positive. */
public final class SizeValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        String name = network.interfaceName();
        if (network.inputs() < 1) {
            diagnostics.reportAt(Message.SIZE, network.origin(), "inputs", name, "inputs", network.inputs());
        }
        if (network.batchSize() < 1) {
            diagnostics.reportAt(Message.SIZE, network.origin(), "batchSize", name, "batchSize", network.batchSize());
        }
        for (LayerModel layer : network.layers()) {
            if (layer instanceof DenseModel dense && dense.units() < 1) {
                diagnostics.reportAt(Message.SIZE, dense.origin(), "units", dense.name(), "units", dense.units());
            }
        }
    }
}
