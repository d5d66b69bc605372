package dev.unroll.processor.validate;

import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;

/**
 * Inputs, batch size and units are positive, and no array of the generated class (weights padded
 * to 16 floats a row, a batch of activations, all parameters together) exceeds what Java can hold.
 */
public final class SizeValidator implements Validator {
    /** The largest array the JVMs Unroll runs on allocate. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        String name = network.interfaceName();
        boolean positive = true;
        if (network.inputs() < 1) {
            diagnostics.reportAt(Message.SIZE, network.origin(), "inputs", name, "inputs", network.inputs());
            positive = false;
        }
        if (network.batchSize() < 1) {
            diagnostics.reportAt(Message.SIZE, network.origin(), "batchSize", name, "batchSize", network.batchSize());
            positive = false;
        }
        for (LayerModel layer : network.layers()) {
            if (layer instanceof DenseModel dense && dense.units() < 1) {
                diagnostics.reportAt(Message.SIZE, dense.origin(), "units", dense.name(), "units", dense.units());
                positive = false;
            }
        }
        if (positive && network.complete()) {
            checkArrays(network, diagnostics);
        }
    }

    private static void checkArrays(NetworkModel network, Diagnostics diagnostics) {
        long parameters = 0;
        long width = network.inputs();
        for (LayerModel layer : network.layers()) {
            long out = layer instanceof DenseModel dense ? dense.units() : width;
            long stride = (out + 15) / 16 * 16;
            long batch = network.batchSize() * stride;
            long kernel = layer instanceof DenseModel ? width * stride : 0;
            if (kernel > MAX_ARRAY) {
                diagnostics.reportAt(Message.TOO_LARGE, layer.origin(), "units", layer.name(), "its kernel", kernel,
                        MAX_ARRAY);
                return;
            }
            if (batch > MAX_ARRAY) {
                diagnostics.reportAt(Message.TOO_LARGE, layer.origin(), null, layer.name(),
                        "a batch of its outputs", batch, MAX_ARRAY);
                return;
            }
            parameters += kernel + 4 * stride;
            width = out;
        }
        if (parameters > MAX_ARRAY) {
            diagnostics.report(Message.TOO_LARGE, network.origin(), network.interfaceName(), "its parameters",
                    parameters, MAX_ARRAY);
        }
    }
}
