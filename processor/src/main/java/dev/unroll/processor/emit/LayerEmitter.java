package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The code of one layer kind. Forward and backward of a layer are written next to each other in
 * its emitter; the network emitter places them into the generated passes.
 */
interface LayerEmitter {
    /** The layer's buffers, parameters and view field. */
    void declare(ClassFields fields);

    /** Constructor statements that set initial values. */
    CodeBlock initialize();

    /** Trainable arrays, in flat parameter order. */
    List<ParameterRef> parameters();

    /** Moving statistics, saved with the model but not trained. */
    default List<ParameterRef> statistics() {
        return List.of();
    }

    /** Constructor statement that creates the view, from the tensor locals of its parameters and statistics. */
    CodeBlock createView(Names names);

    String viewField();

    TypeName viewType();

    /** The layer's block in the training ({@code true}) or inference forward pass, comment included. */
    CodeBlock forward(boolean training);

    /** The layer's block in the backward pass; only called when the context says it runs backward. */
    CodeBlock backward();

    /** The layer's block in the moving-statistics update; empty for most layers. */
    default CodeBlock updateStatistics() {
        return CodeBlock.of("");
    }
}
