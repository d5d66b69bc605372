package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** {@code @SGD}: plain, momentum or Nesterov. */
final class SgdEmitter implements OptimizerEmitter {
    private final OptimizerModel.Sgd sgd;
    private final ClipCode clip;
    private final Names names;

    SgdEmitter(OptimizerModel.Sgd sgd, ClipCode clip, Names names) {
        this.sgd = sgd;
        this.clip = clip;
        this.names = names;
    }

    private boolean hasVelocity() {
        return sgd.momentum() > 0;
    }

    private String velocity(ParameterRef p) {
        return names.field(p.value(), "Velocity");
    }

    @Override public List<ParameterRef> slots(List<ParameterRef> parameters) {
        return hasVelocity() ? parameters.stream().map(p -> p.slot(velocity(p), "velocity")).toList() : List.of();
    }

    @Override public CodeBlock update(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        String formula = !hasVelocity() ? "w -= lr g"
                : sgd.nesterov() ? "v = " + sgd.momentum() + " v - lr g; w += " + sgd.momentum() + " v - lr g"
                : "v = " + sgd.momentum() + " v - lr g; w += v";
        code.add("// SGD$L: $L$L\n", !hasVelocity() ? "" : sgd.nesterov() ? " (Nesterov)" : " (momentum)", formula,
                clip.describe());
        code.addStatement("double lr = learningRate()");
        code.add(clip.prologue(parameters));
        for (ParameterRef p : parameters) {
            code.add(clip.before(p));
            if (!hasVelocity()) {
                code.addStatement(Calls.parallel("sgd", p.value(), p.gradient(), p.length(), "lr",
                        clip.arguments(p)));
            } else {
                code.addStatement(Calls.parallel(sgd.nesterov() ? "nesterov" : "momentum", p.value(),
                        p.gradient(), velocity(p), p.length(), "lr", Literals.d(sgd.momentum()), clip.arguments(p)));
            }
        }
        return code.build();
    }
}
