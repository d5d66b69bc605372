package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.OptimizerModel;
import java.util.Arrays;
import java.util.List;

/** {@code @Adagrad}: the accumulator starts at {@code initialAccumulatorValue}. */
final class AdagradEmitter implements OptimizerEmitter {
    private final OptimizerModel.Adagrad adagrad;
    private final ClipCode clip;
    private final Names names;

    AdagradEmitter(OptimizerModel.Adagrad adagrad, ClipCode clip, Names names) {
        this.adagrad = adagrad;
        this.clip = clip;
        this.names = names;
    }

    private String accumulator(ParameterRef p) {
        return names.field(p.value(), "Accumulator");
    }

    @Override public List<ParameterRef> slots(List<ParameterRef> parameters) {
        return parameters.stream().map(p -> p.slot(accumulator(p), "accumulator")).toList();
    }

    @Override public CodeBlock initialize(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (adagrad.initialAccumulatorValue() != 0) {
            for (ParameterRef p : parameters) {
                code.addStatement("$T.fill($N, $L)", Arrays.class, accumulator(p),
                        Literals.f(adagrad.initialAccumulatorValue()));
            }
        }
        return code.build();
    }

    @Override public CodeBlock update(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// Adagrad: s += g^2; w -= lr g / sqrt(s + $L)$L\n", adagrad.epsilon(), clip.describe());
        code.addStatement("double lr = learningRate()");
        code.add(clip.prologue(parameters));
        for (ParameterRef p : parameters) {
            code.add(clip.before(p));
            code.addStatement(Calls.parallel("adagrad", p.value(), p.gradient(), accumulator(p),
                    p.length(), "lr", Literals.d(adagrad.epsilon()), clip.arguments(p)));
        }
        return code.build();
    }
}
