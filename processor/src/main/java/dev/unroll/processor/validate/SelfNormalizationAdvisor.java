package dev.unroll.processor.validate;

import dev.unroll.Initializer;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.DropoutModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unroll:self-normalization}: SELU's conditions (Klambauer et al., 2017). Every layer fed
 * into SELU uses LeCun normal weights, and a network that uses SELU is a plain stack of Dense SELU
 * layers (any output layer at the end) without other activations or batch normalization.
 * Standardized inputs cannot be checked at compile time; the message states the condition.
 */
public final class SelfNormalizationAdvisor implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        List<LayerModel> layers = network.layers();
        boolean usesSelu = false;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof DenseModel dense && Stack.effective(network, i).family() == Stack.Family.SELU) {
                usesSelu = true;
                if (dense.kernelInitializer() != Initializer.LECUN_NORMAL) {
                    diagnostics.reportAt(Message.SELU_INIT, dense.origin(), "kernelInitializer", dense.name(),
                            dense.kernelInitializer());
                }
            }
        }
        for (LayerModel layer : layers) {
            if (layer instanceof DropoutModel dropout && dropout.alpha() != usesSelu) {
                if (usesSelu) {
                    diagnostics.report(Message.DROPOUT_IN_SELU, dropout.origin(), dropout.name(), dropout.rate());
                } else {
                    diagnostics.report(Message.ALPHA_DROPOUT_WITHOUT_SELU, dropout.origin(), dropout.name(),
                            network.interfaceName(), dropout.rate());
                }
            }
        }
        if (!usesSelu) {
            return;
        }
        List<Integer> hidden = Stack.hiddenDense(network);
        List<String> problems = new ArrayList<>();
        LayerModel first = null;
        for (int i = 0; i < layers.size(); i++) {
            String problem = problem(network, i, hidden);
            if (problem != null) {
                problems.add(layers.get(i).name() + "(): " + problem);
                first = first == null ? layers.get(i) : first;
            }
        }
        if (first != null) {
            diagnostics.report(Message.SELU_NETWORK, first.origin(), network.interfaceName(),
                    String.join("; ", problems));
        }
    }

    /** Why layer {@code i} breaks self-normalization, or null. */
    private static String problem(NetworkModel network, int i, List<Integer> hidden) {
        LayerModel layer = network.layers().get(i);
        if (layer instanceof BatchNormModel) {
            return "batch normalization";
        }
        if (layer instanceof PReLUModel prelu) {
            return prelu.kind();
        }
        if (layer instanceof ActivationModel activation && Stack.of(activation.function()).family() != Stack.Family.SELU
                && i < network.layers().size() - 1) {
            return activation.function().kind().displayName();
        }
        if (layer instanceof DenseModel && hidden.contains(i)) {
            Stack.Effective effective = Stack.effective(network, i);
            if (effective.family() != Stack.Family.SELU) {
                return effective.name();
            }
        }
        return null;
    }
}
