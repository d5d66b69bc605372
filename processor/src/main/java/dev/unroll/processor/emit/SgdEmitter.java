package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** {@code @SGD}: plain, momentum or Nesterov. */
final class SgdEmitter extends OptimizerEmitter {
    private final OptimizerModel.Sgd sgd;

    SgdEmitter(OptimizerModel.Sgd sgd, Names names) {
        super(sgd, names);
        this.sgd = sgd;
    }

    private boolean hasVelocity() {
        return sgd.momentum() > 0;
    }

    private String velocity(ParameterRef p) {
        return slot(p, "velocity");
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        String formula = !hasVelocity() ? "w -= lr g"
                : sgd.nesterov() ? "v = " + sgd.momentum() + " v - lr g; w += " + sgd.momentum() + " v - lr g"
                : "v = " + sgd.momentum() + " v - lr g; w += v";
        code.add("// SGD$L: $L$L\n", !hasVelocity() ? "" : sgd.nesterov() ? " (Nesterov)" : " (momentum)", formula,
                clip.describe() + describeDecay());
        code.addStatement("double $N = learningRate()", stepSize());
        code.add(clip.prologue(parameters));
        return code.build();
    }

    @Override CodeBlock step(ParameterRef p) {
        CodeBlock.Builder code = CodeBlock.builder().add(clip.before(p));
        if (!hasVelocity()) {
            code.addStatement(Calls.parallel("sgd", p.value(), p.gradient(), p.length(), stepSize(), clip.arguments(p)));
        } else {
            code.addStatement(Calls.parallel(sgd.nesterov() ? "nesterov" : "momentum", p.value(), p.gradient(),
                    velocity(p), p.length(), stepSize(), Literals.d(sgd.momentum()), clip.arguments(p)));
        }
        return code.build();
    }

}
