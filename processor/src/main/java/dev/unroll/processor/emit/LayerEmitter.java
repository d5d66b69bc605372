package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.LayerModel;
import java.util.List;

/**
 * The code of one layer kind. Forward and backward of a layer are written next to each other in
 * its emitter; the network emitter places them into the generated passes. What every layer has is
 * allocated here: its output buffer, the gradient buffer of that output, its view field, and its
 * trainable arrays as the model lists them.
 */
abstract class LayerEmitter {
    final LayerContext at;
    final String output;
    final String delta;
    final String view;
    private final List<ParameterRef> parameters;

    LayerEmitter(LayerModel layer, LayerContext at, Names names) {
        this.at = at;
        this.parameters = ParameterRef.of(layer, at, names);
        this.output = names.field(layer.name(), "Output");
        this.delta = names.field(layer.name(), "Delta");
        this.view = names.field(layer.name(), "View");
    }

    /** The layer's buffers, parameters and view field. */
    abstract void declare(ClassFields fields);

    /** Constructor statements that set initial values. */
    CodeBlock initialize() {
        return CodeBlock.of("");
    }

    /** Trainable arrays, in flat parameter order (the order of the model's {@code parameters}). */
    final List<ParameterRef> parameters() {
        return parameters;
    }

    /** Moving statistics, saved with the model but not trained. */
    List<ParameterRef> statistics() {
        return List.of();
    }

    /** Constructor statement that creates the view from the tensors of its parameters and statistics. */
    abstract CodeBlock createView(Tensors tensors);

    final String viewField() {
        return view;
    }

    /** The buffer the layer writes its outputs to: the next layer's input. */
    final String output() {
        return output;
    }

    /** The buffer of the gradient with respect to its outputs: the next layer's input gradient. */
    final String delta() {
        return delta;
    }

    /** The layer's block in the training ({@code true}) or inference forward pass, comment included. */
    abstract CodeBlock forward(boolean training);

    /** The layer's block in the backward pass; only called when the context says it runs backward. */
    abstract CodeBlock backward();

    /** The layer's weight penalty, a {@code double} expression added to the loss, or null. */
    CodeBlock penalty() {
        return null;
    }

    /** Statements after the optimizer updated the layer's parameters (a constraint); empty for most layers. */
    CodeBlock afterUpdate() {
        return CodeBlock.of("");
    }

    /** The layer's block in the moving-statistics update; empty for most layers. */
    CodeBlock updateStatistics() {
        return CodeBlock.of("");
    }
}
