package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.ArrayList;
import java.util.List;

/** {@code @RMSprop}: plain, with momentum, centered, or both. */
final class RmspropEmitter implements OptimizerEmitter {
    private final OptimizerModel.Rmsprop rmsprop;
    private final ClipCode clip;
    private final Names names;

    RmspropEmitter(OptimizerModel.Rmsprop rmsprop, ClipCode clip, Names names) {
        this.rmsprop = rmsprop;
        this.clip = clip;
        this.names = names;
    }

    private boolean hasVelocity() {
        return rmsprop.momentum() > 0;
    }

    private String meanSquare(ParameterRef p) {
        return names.field(p.value(), "MeanSquare");
    }

    private String meanGradient(ParameterRef p) {
        return rmsprop.centered() ? names.field(p.value(), "MeanGradient") : "null";
    }

    private String velocity(ParameterRef p) {
        return hasVelocity() ? names.field(p.value(), "Velocity") : "null";
    }

    @Override public List<ParameterRef> slots(List<ParameterRef> parameters) {
        List<ParameterRef> slots = new ArrayList<>();
        for (ParameterRef p : parameters) {
            slots.add(p.slot(meanSquare(p), "mean_square"));
            if (rmsprop.centered()) {
                slots.add(p.slot(meanGradient(p), "mean_gradient"));
            }
            if (hasVelocity()) {
                slots.add(p.slot(velocity(p), "velocity"));
            }
        }
        return slots;
    }

    @Override public CodeBlock update(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        String rho = String.valueOf(rmsprop.rho());
        String denominator = rmsprop.centered() ? "s - gBar^2" : "s";
        code.add("// RMSprop: s = $L s + (1 - $L) g^2;$L", rho, rho,
                rmsprop.centered() ? " gBar = " + rho + " gBar + (1 - " + rho + ") g;" : "");
        code.add(hasVelocity()
                ? " v = $L v + lr g / sqrt($L + $L); w -= v$L\n" : "$L w -= lr g / sqrt($L + $L)$L\n",
                hasVelocity() ? rmsprop.momentum() : "", denominator, rmsprop.epsilon(), clip.describe());
        code.addStatement("double lr = learningRate()");
        code.add(clip.prologue(parameters));
        for (ParameterRef p : parameters) {
            code.add(clip.before(p));
            code.addStatement(Calls.parallel("rmsprop", p.value(), p.gradient(), meanSquare(p),
                    meanGradient(p), velocity(p), p.length(), "lr", Literals.d(rmsprop.rho()),
                    Literals.d(rmsprop.momentum()), Literals.d(rmsprop.epsilon()), clip.arguments(p)));
        }
        return code.build();
    }
}
