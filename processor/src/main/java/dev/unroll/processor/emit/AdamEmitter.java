package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** {@code @Adam}, optionally AMSGrad. */
final class AdamEmitter extends OptimizerEmitter {
    private final OptimizerModel.Adam adam;

    AdamEmitter(OptimizerModel.Adam adam, Names names) {
        super(adam, names);
        this.adam = adam;
    }

    private String m(ParameterRef p) {
        return slot(p, "m");
    }

    private String v(ParameterRef p) {
        return slot(p, "v");
    }

    private String vHat(ParameterRef p) {
        return adam.amsgrad() ? slot(p, "v_hat") : "null";
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// $L$L: m += (g - m)(1 - $L); v += (g^2 - v)(1 - $L); w -= alpha_t m / (sqrt($L) + $L)$L\n",
                adam.kind(), adam.amsgrad() ? " (AMSGrad)" : "", adam.beta1(), adam.beta2(),
                adam.amsgrad() ? "max(vHat, v)" : "v", adam.epsilon(), clip.describe() + describeDecay());
        code.add("// alpha_t = lr sqrt(1 - $L^t) / (1 - $L^t)\n", adam.beta2(), adam.beta1());
        code.addStatement("double $N = $L", stepSize(), Calls.of(RuntimeTypes.ADAM_UPDATE, "stepSize", "learningRate()",
                Literals.d(adam.beta1()), Literals.d(adam.beta2()), "steps()"));
        code.add(clip.prologue(parameters));
        return code.build();
    }

    @Override CodeBlock step(ParameterRef p) {
        return CodeBlock.builder()
                .add(clip.before(p))
                .addStatement(Calls.parallel("adam", p.value(), p.gradient(), m(p), v(p), vHat(p), p.length(),
                        stepSize(), Literals.d(adam.beta1()), Literals.d(adam.beta2()), Literals.d(adam.epsilon()),
                        clip.arguments(p)))
                .build();
    }

    /** Adam's bias-corrected step size. */
    @Override String stepSize() {
        return names.local("alphaT");
    }
}
