package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** {@code @Adamax}. */
final class AdamaxEmitter extends OptimizerEmitter {
    private final OptimizerModel.Adamax adamax;

    AdamaxEmitter(OptimizerModel.Adamax adamax, Names names) {
        super(adamax, names);
        this.adamax = adamax;
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// Adamax: m += (g - m)(1 - $L); u = max($L u, |g|); w -= alpha_t m / (u + $L)$L\n",
                adamax.beta1(), adamax.beta2(), adamax.epsilon(), clip.describe() + describeDecay());
        code.add("// alpha_t = lr / (1 - $L^t)\n", adamax.beta1());
        code.addStatement("double $N = $L", stepSize(), Calls.of(RuntimeTypes.ADAMAX_UPDATE, "stepSize",
                "learningRate()", Literals.d(adamax.beta1()), "steps()"));
        code.add(clip.prologue(parameters));
        return code.build();
    }

    @Override CodeBlock step(ParameterRef p) {
        return CodeBlock.builder()
                .add(clip.before(p))
                .addStatement(Calls.parallel("adamax", p.value(), p.gradient(), slot(p, "m"), slot(p, "u"), p.length(),
                        stepSize(), Literals.d(adamax.beta1()), Literals.d(adamax.beta2()),
                        Literals.d(adamax.epsilon()), clip.arguments(p)))
                .build();
    }

    /** The bias-corrected step size. */
    @Override String stepSize() {
        return names.local("alphaT");
    }
}
