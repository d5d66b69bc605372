package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import dev.unroll.processor.model.OptimizerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimizer's state fields and its {@code applyUpdate} body: one fused kernel call per parameter
 * array. The state arrays are the model's {@link OptimizerModel#slots()}, each in the field
 * {@code <parameter><Slot>} ({@code hidden1KernelM}).
 */
abstract class OptimizerEmitter {
    private final OptimizerModel optimizer;
    final ClipCode clip;
    final Names names;

    OptimizerEmitter(OptimizerModel optimizer, Names names) {
        this.optimizer = optimizer;
        this.clip = new ClipCode(optimizer.clip(), names);
        this.names = names;
    }

    static OptimizerEmitter of(OptimizerModel optimizer, Names names) {
        if (optimizer instanceof OptimizerModel.Sgd sgd) {
            return new SgdEmitter(sgd, names);
        }
        if (optimizer instanceof OptimizerModel.Adagrad adagrad) {
            return new AdagradEmitter(adagrad, names);
        }
        if (optimizer instanceof OptimizerModel.Rmsprop rmsprop) {
            return new RmspropEmitter(rmsprop, names);
        }
        if (optimizer instanceof OptimizerModel.Adamax adamax) {
            return new AdamaxEmitter(adamax, names);
        }
        if (optimizer instanceof OptimizerModel.Nadam nadam) {
            return new NadamEmitter(nadam, names);
        }
        return new AdamEmitter((OptimizerModel.Adam) optimizer, names);
    }

    /** The field of one slot of one parameter: {@code slot(p, "v_hat")} is {@code hidden1KernelVHat}. */
    final String slot(ParameterRef p, String slot) {
        StringBuilder suffix = new StringBuilder();
        for (String word : slot.split("_")) {
            suffix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return names.field(p.value(), suffix.toString());
    }

    /** The slot arrays of each parameter, in parameter order. */
    final List<ParameterRef> slots(List<ParameterRef> parameters) {
        List<ParameterRef> slots = new ArrayList<>();
        for (ParameterRef p : parameters) {
            for (String slot : optimizer.slots()) {
                slots.add(p.slot(slot(p, slot), slot));
            }
        }
        return slots;
    }

    /** Declares the slot arrays. */
    final void declare(ClassFields fields, List<ParameterRef> parameters) {
        slots(parameters).forEach(s -> fields.floats(s.value(), s.rows(), s.stride()));
    }

    /** Constructor statements for slots that do not start at zero. */
    CodeBlock initialize(List<ParameterRef> parameters) {
        return CodeBlock.of("");
    }

    /** The start of {@code applyUpdate}: the formula, the step size and the global clipping scale. */
    abstract CodeBlock prologue(List<ParameterRef> parameters);

    /** One parameter array's update, after the prologue; its own clipping scale included. */
    abstract CodeBlock step(ParameterRef parameter);

    /**
     * One parameter array's update with the decoupled weight decay before it, when there is one
     * (Keras 3 runs {@code _apply_weight_decay} before {@code update_step}).
     */
    final CodeBlock update(ParameterRef p) {
        if (optimizer.weightDecay() <= 0) {
            return step(p);
        }
        return CodeBlock.builder()
                .addStatement(Calls.of(RuntimeTypes.WEIGHT_DECAY, "apply", p.value(), p.length(),
                        CodeBlock.of("$L * learningRate()", Literals.d(optimizer.weightDecay()))))
                .add(step(p))
                .build();
    }

    /** The weight decay for the update comment, or empty. */
    final String describeDecay() {
        return optimizer.weightDecay() > 0 ? "; first w -= w " + optimizer.weightDecay() + " lr (weight decay)" : "";
    }

    /** Fields the optimizer keeps besides the slots (Nadam's momentum schedule). */
    void declareState(com.palantir.javapoet.TypeSpec.Builder type) {}

    /** The step size the prologue declares: {@code lr}, or Adam's {@code alphaT}. */
    String stepSize() {
        return names.local("lr");
    }

    /** The locals the prologue declares and the steps read (so steps can move into helper methods). */
    final List<ParameterSpec> locals() {
        List<ParameterSpec> locals = new ArrayList<>(clip.withLocals(ParameterSpec.builder(double.class, stepSize())
                .build()));
        locals.addAll(extraLocals());
        return locals;
    }

    /** Locals of the prologue besides the step size and the clipping scale that the steps read. */
    List<ParameterSpec> extraLocals() {
        return List.of();
    }
}
