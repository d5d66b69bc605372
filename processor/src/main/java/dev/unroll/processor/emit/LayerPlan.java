package dev.unroll.processor.emit;

import dev.unroll.Loss;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import dev.unroll.processor.validate.LossOutputValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the layers out: which buffer each reads, which gradient buffers exist, and where the
 * backward pass can stop (nothing before the first trainable layer needs a gradient).
 */
final class LayerPlan {
    private final List<LayerEmitter> emitters = new ArrayList<>();
    private final List<LayerContext> contexts = new ArrayList<>();
    private final boolean copiesInput;

    LayerPlan(NetworkModel network, Names names) {
        List<LayerModel> layers = network.layers();
        copiesInput = !(layers.get(0) instanceof DenseModel);
        String input = copiesInput ? names.reserved("input") : "x";
        int inStride = copiesInput ? Literals.stride(network.inputs()) : network.inputs();
        int width = network.inputs();
        String inputDelta = null;
        boolean trainableSoFar = false;
        for (int i = 0; i < layers.size(); i++) {
            LayerModel layer = layers.get(i);
            int out = layer.outputSize(width);
            boolean last = i == layers.size() - 1;
            String delta = trainableSoFar ? inputDelta : null;
            trainableSoFar |= isTrainable(layer);
            LayerContext at = new LayerContext(i, layer.name(), width, out, inStride, Literals.stride(out), input,
                    i == 0 && !copiesInput, delta, trainableSoFar, last, last && fusesWithLoss(network.loss(), layer),
                    !last && layers.get(i + 1) instanceof BatchNormModel);
            contexts.add(at);
            emitters.add(emitterFor(layer, at, names));
            input = names.field(layer.name(), "Output");
            inputDelta = names.field(layer.name(), "Delta");
            inStride = at.stride();
            width = out;
        }
    }

    List<LayerEmitter> emitters() {
        return emitters;
    }

    List<LayerContext> contexts() {
        return contexts;
    }

    /** Whether the first layer is not Dense and so reads a padded copy of the input. */
    boolean copiesInput() {
        return copiesInput;
    }

    LayerContext last() {
        return contexts.get(contexts.size() - 1);
    }

    private static boolean isTrainable(LayerModel layer) {
        return layer instanceof DenseModel || layer instanceof PReLUModel
                || layer instanceof BatchNormModel bn && (bn.center() || bn.scale());
    }

    /** Whether the loss gradient is taken with respect to the input of this output layer's final activation. */
    static boolean fusesWithLoss(Loss loss, LayerModel last) {
        ActivationFunction.Kind needed = LossOutputValidator.requiredOutput(loss);
        return needed != null && needed == LossOutputValidator.outputActivation(last);
    }

    private static LayerEmitter emitterFor(LayerModel layer, LayerContext at, Names names) {
        if (layer instanceof DenseModel dense) {
            return new DenseEmitter(dense, at, names);
        }
        if (layer instanceof BatchNormModel bn) {
            return new BatchNormEmitter(bn, at, names);
        }
        if (layer instanceof PReLUModel prelu) {
            return new PReLUEmitter(prelu, at, names);
        }
        return new ActivationEmitter((ActivationModel) layer, at, names);
    }
}
