package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.util.List;

/**
 * {@code unroll:layers}: stacks that cost parameters or time and change nothing: batch
 * normalization twice in a row, an activation on top of an activation, two linear Dense layers
 * in a row, and a bias that the batch normalization after it cancels.
 */
public final class RedundantLayersAdvisor implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        List<LayerModel> layers = network.layers();
        for (int i = 1; i < layers.size(); i++) {
            LayerModel before = layers.get(i - 1);
            LayerModel layer = layers.get(i);
            if (before instanceof BatchNormModel && layer instanceof BatchNormModel) {
                warn(diagnostics, layer, "batch normalization directly after batch normalization normalizes what is"
                        + " already normalized", "Remove one of them.");
            } else if (before.isNonLinear() && layer.isActivationOnly()) {
                warn(diagnostics, layer, "it applies an activation to " + before.name() + "(), which already applied "
                        + activationOf(before), "Keep one activation, or put a @Dense layer between them.");
            } else if (before instanceof DenseModel first && first.isLinear() && layer instanceof DenseModel) {
                warn(diagnostics, before, "it is linear and feeds " + layer.name() + "() directly; two linear maps"
                        + " compose into one, so the extra layer adds parameters but no expressive power",
                        "Give it an activation, or remove it.");
            }
            if (before instanceof DenseModel dense && dense.isLinear() && dense.useBias() && layer instanceof BatchNormModel) {
                diagnostics.reportAt(Message.REDUNDANT_LAYERS, dense.origin(), "useBias", dense.name(), "its bias is"
                        + " cancelled by " + layer.name() + "(), which subtracts the batch mean", "Set useBias = false;"
                        + " the normalization's beta plays the bias's role.");
            }
        }
    }

    private static void warn(Diagnostics diagnostics, LayerModel layer, String what, String fix) {
        diagnostics.report(Message.REDUNDANT_LAYERS, layer.origin(), layer.name(), what, fix);
    }

    /** The name of the non-linearity a layer applies: its activation's, or its kind's (PReLU). */
    private static String activationOf(LayerModel layer) {
        ActivationFunction.Kind kind = layer.finalActivation();
        return kind == null ? layer.kind() : kind.displayName();
    }
}
