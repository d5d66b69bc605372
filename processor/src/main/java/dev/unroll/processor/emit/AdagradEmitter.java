package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.Arrays;
import java.util.List;

/** {@code @Adagrad}: the accumulator starts at {@code initialAccumulatorValue}. */
final class AdagradEmitter extends OptimizerEmitter {
    private final OptimizerModel.Adagrad adagrad;

    AdagradEmitter(OptimizerModel.Adagrad adagrad, Names names) {
        super(adagrad, names);
        this.adagrad = adagrad;
    }

    private String accumulator(ParameterRef p) {
        return slot(p, "accumulator");
    }

    @Override CodeBlock initialize(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (adagrad.initialAccumulatorValue() != 0) {
            for (ParameterRef p : parameters) {
                code.addStatement("$T.fill($N, $L)", Arrays.class, accumulator(p),
                        Literals.f(adagrad.initialAccumulatorValue()));
            }
        }
        return code.build();
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        return CodeBlock.builder()
                .add("// Adagrad: s += g^2; w -= lr g / sqrt(s + $L)$L\n", adagrad.epsilon(), clip.describe() + describeDecay())
                .addStatement("double $N = learningRate()", stepSize())
                .add(clip.prologue(parameters))
                .build();
    }

    @Override CodeBlock step(ParameterRef p) {
        return CodeBlock.builder()
                .add(clip.before(p))
                .addStatement(Calls.parallel("adagrad", p.value(), p.gradient(), accumulator(p), p.length(), stepSize(),
                        Literals.d(adagrad.epsilon()), clip.arguments(p)))
                .build();
    }

}
