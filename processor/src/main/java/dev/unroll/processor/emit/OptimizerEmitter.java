package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** The optimizer's state fields and its {@code applyUpdate} body: one fused kernel call per parameter array. */
interface OptimizerEmitter {
    /** The slot arrays (velocity, accumulator, m, v...) of each parameter, in parameter order. */
    List<ParameterRef> slots(List<ParameterRef> parameters);

    /** Declares the slot arrays. */
    default void declare(ClassFields fields, List<ParameterRef> parameters) {
        slots(parameters).forEach(s -> fields.floats(s.value(), s.rows(), s.stride()));
    }

    /** Constructor statements for slots that do not start at zero. */
    default CodeBlock initialize(List<ParameterRef> parameters) {
        return CodeBlock.of("");
    }

    /** The body of {@code applyUpdate}. */
    CodeBlock update(List<ParameterRef> parameters);

    static OptimizerEmitter of(OptimizerModel optimizer, Names names) {
        ClipCode clip = new ClipCode(optimizer.clip(), names);
        if (optimizer instanceof OptimizerModel.Sgd sgd) {
            return new SgdEmitter(sgd, clip, names);
        }
        if (optimizer instanceof OptimizerModel.Adagrad adagrad) {
            return new AdagradEmitter(adagrad, clip, names);
        }
        if (optimizer instanceof OptimizerModel.Rmsprop rmsprop) {
            return new RmspropEmitter(rmsprop, clip, names);
        }
        return new AdamEmitter((OptimizerModel.Adam) optimizer, clip, names);
    }
}
