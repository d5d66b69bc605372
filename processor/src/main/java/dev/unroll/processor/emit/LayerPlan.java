package dev.unroll.processor.emit;

import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.DropoutModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.Layout;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the layers together: which buffer each reads, which gradient buffers exist, and where the
 * backward pass can stop (nothing before the first trainable layer needs a gradient). The sizes
 * come from {@link Layout}; each layer's output and delta buffers are handed to the next layer
 * from the emitter that declares them.
 */
final class LayerPlan {
    private final List<LayerEmitter> emitters = new ArrayList<>();
    private final List<LayerContext> contexts = new ArrayList<>();
    private final boolean copiesInput;
    private final String input;

    LayerPlan(NetworkModel network, Names names) {
        List<LayerModel> layers = network.layers();
        List<Layout.Shape> shapes = Layout.shapes(network);
        copiesInput = Layout.copiesInput(network);
        input = copiesInput ? names.reserved("input") : "x";
        String reads = input;
        String inputDelta = null;
        boolean trainableSoFar = false;
        for (int i = 0; i < layers.size(); i++) {
            LayerModel layer = layers.get(i);
            boolean last = i == layers.size() - 1;
            String delta = trainableSoFar ? inputDelta : null;
            trainableSoFar |= layer.trainable();
            LayerContext at = LayerContext.builder(shapes.get(i))
                    .reads(reads, i == 0 && !copiesInput)
                    .inputGradientTo(delta)
                    .runsBackward(trainableSoFar)
                    .last(last)
                    .fusedWithLoss(last && network.lossFusedWithOutput())
                    .feedsBatchNorm(!last && layers.get(i + 1) instanceof BatchNormModel)
                    .nextView(last ? null : names.field(layers.get(i + 1).name(), "View"))
                    .build();
            contexts.add(at);
            LayerEmitter emitter = emitterFor(layer, at, names);
            emitters.add(emitter);
            reads = emitter.output();
            inputDelta = emitter.delta();
        }
    }

    List<LayerEmitter> emitters() {
        return emitters;
    }

    List<LayerContext> contexts() {
        return contexts;
    }

    /** Whether the first layer reads a padded copy of the input rather than {@code x}. */
    boolean copiesInput() {
        return copiesInput;
    }

    /** The padded input buffer the first layer reads when {@link #copiesInput()}. */
    String input() {
        return input;
    }

    LayerContext last() {
        return contexts.get(contexts.size() - 1);
    }

    LayerEmitter lastEmitter() {
        return emitters.get(emitters.size() - 1);
    }

    /** The one place a layer kind meets its emitter. */
    private static LayerEmitter emitterFor(LayerModel layer, LayerContext at, Names names) {
        if (layer instanceof DenseModel dense) {
            return new DenseEmitter(dense, at, names);
        }
        if (layer instanceof BatchNormModel bn) {
            return new BatchNormEmitter(bn, at, names);
        }
        if (layer instanceof DropoutModel dropout) {
            return new DropoutEmitter(dropout, at, names);
        }
        if (layer instanceof PReLUModel prelu) {
            return new PReLUEmitter(prelu, at, names);
        }
        return new ActivationEmitter((ActivationModel) layer, at, names);
    }
}
