package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.ArrayList;
import java.util.List;

/** {@code @Adam}, optionally AMSGrad. */
final class AdamEmitter implements OptimizerEmitter {
    private final OptimizerModel.Adam adam;
    private final ClipCode clip;
    private final Names names;

    AdamEmitter(OptimizerModel.Adam adam, ClipCode clip, Names names) {
        this.adam = adam;
        this.clip = clip;
        this.names = names;
    }

    private String m(ParameterRef p) {
        return names.field(p.value(), "M");
    }

    private String v(ParameterRef p) {
        return names.field(p.value(), "V");
    }

    private String vHat(ParameterRef p) {
        return adam.amsgrad() ? names.field(p.value(), "VHat") : "null";
    }

    @Override public List<ParameterRef> slots(List<ParameterRef> parameters) {
        List<ParameterRef> slots = new ArrayList<>();
        for (ParameterRef p : parameters) {
            slots.add(p.slot(m(p), "m"));
            slots.add(p.slot(v(p), "v"));
            if (adam.amsgrad()) {
                slots.add(p.slot(vHat(p), "v_hat"));
            }
        }
        return slots;
    }

    @Override public CodeBlock update(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// Adam$L: m += (g - m)(1 - $L); v += (g^2 - v)(1 - $L); w -= alpha_t m / (sqrt($L) + $L)$L\n",
                adam.amsgrad() ? " (AMSGrad)" : "", adam.beta1(), adam.beta2(), adam.amsgrad() ? "max(vHat, v)" : "v",
                adam.epsilon(), clip.describe());
        code.add("// alpha_t = lr sqrt(1 - $L^t) / (1 - $L^t)\n", adam.beta2(), adam.beta1());
        code.addStatement("double alphaT = $L", Calls.of(RuntimeTypes.ADAM_UPDATE, "stepSize", "learningRate()",
                Literals.d(adam.beta1()), Literals.d(adam.beta2()), "steps()"));
        code.add(clip.prologue(parameters));
        for (ParameterRef p : parameters) {
            code.add(clip.before(p));
            code.addStatement(Calls.parallel("adam", p.value(), p.gradient(), m(p), v(p), vHat(p),
                    p.length(), "alphaT", Literals.d(adam.beta1()), Literals.d(adam.beta2()),
                    Literals.d(adam.epsilon()), clip.arguments(p)));
        }
        return code.build();
    }
}
