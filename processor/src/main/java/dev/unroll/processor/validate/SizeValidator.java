package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.Layout;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.ParameterArray;

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

    /** The arrays as {@link Layout} lays them out, the same function the emitters allocate by. */
    private static void checkArrays(NetworkModel network, Diagnostics diagnostics) {
        long parameters = 0;
        for (Layout.Shape shape : Layout.shapes(network)) {
            LayerModel layer = network.layers().get(shape.index());
            for (ParameterArray array : layer.parameters(shape)) {
                if (array.length() > MAX_ARRAY) {
                    diagnostics.reportAt(Message.TOO_LARGE, layer.origin(), layer instanceof DenseModel ? "units" : null, layer.name(), "its " + array.name(), array.length(), MAX_ARRAY);
                    return;
                }
                parameters += array.length();
            }
            if (layer instanceof DenseModel && shape.kernelTransposed() > MAX_ARRAY) {
                diagnostics.reportAt(Message.TOO_LARGE, layer.origin(), "units", layer.name(),
                        "its transposed kernel", shape.kernelTransposed(), MAX_ARRAY);
                return;
            }
            long batch = shape.batchRows(network.batchSize());
            if (batch > MAX_ARRAY) {
                diagnostics.reportAt(Message.TOO_LARGE, layer.origin(), null, layer.name(),
                        "a batch of its outputs", batch, MAX_ARRAY);
                return;
            }
        }
        if (parameters > MAX_ARRAY) {
            diagnostics.report(Message.TOO_LARGE, network.origin(), network.interfaceName(), "its parameters",
                    parameters, MAX_ARRAY);
        }
    }
}
