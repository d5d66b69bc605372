package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/** {@code @RMSprop}: plain, with momentum, centered, or both. */
final class RmspropEmitter extends OptimizerEmitter {
    private final OptimizerModel.Rmsprop rmsprop;

    RmspropEmitter(OptimizerModel.Rmsprop rmsprop, Names names) {
        super(rmsprop, names);
        this.rmsprop = rmsprop;
    }

    private boolean hasVelocity() {
        return rmsprop.momentum() > 0;
    }

    private String meanSquare(ParameterRef p) {
        return slot(p, "mean_square");
    }

    private String meanGradient(ParameterRef p) {
        return rmsprop.centered() ? slot(p, "mean_gradient") : "null";
    }

    private String velocity(ParameterRef p) {
        return hasVelocity() ? slot(p, "velocity") : "null";
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        String rho = String.valueOf(rmsprop.rho());
        String denominator = rmsprop.centered() ? "s - gBar^2" : "s";
        code.add("// RMSprop: s = $L s + (1 - $L) g^2;$L", rho, rho,
                rmsprop.centered() ? " gBar = " + rho + " gBar + (1 - " + rho + ") g;" : "");
        code.add(hasVelocity()
                ? " v = $L v + lr g / sqrt($L + $L); w -= v$L\n" : "$L w -= lr g / sqrt($L + $L)$L\n",
                hasVelocity() ? rmsprop.momentum() : "", denominator, rmsprop.epsilon(), clip.describe() + describeDecay());
        code.addStatement("double $N = learningRate()", stepSize());
        code.add(clip.prologue(parameters));
        return code.build();
    }

    @Override CodeBlock step(ParameterRef p) {
        return CodeBlock.builder()
                .add(clip.before(p))
                .addStatement(Calls.parallel("rmsprop", p.value(), p.gradient(), meanSquare(p), meanGradient(p),
                        velocity(p), p.length(), stepSize(), Literals.d(rmsprop.rho()), Literals.d(rmsprop.momentum()),
                        Literals.d(rmsprop.epsilon()), clip.arguments(p)))
                .build();
    }

}
