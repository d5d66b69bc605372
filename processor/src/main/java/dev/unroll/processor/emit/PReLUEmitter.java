package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.PReLUModel;
import java.util.Arrays;

/** {@code @PReLU}: y = z > 0 ? z : a z with trainable slopes, one per unit or one shared. */
final class PReLUEmitter extends LayerEmitter {
    private final PReLUModel prelu;
    private final String alpha;
    private final String alphaGradient;

    PReLUEmitter(PReLUModel prelu, LayerContext at, Names names) {
        super(prelu, at, names);
        this.prelu = prelu;
        this.alpha = names.field(prelu.name(), "Alpha");
        this.alphaGradient = names.field(prelu.name(), "AlphaGradient");
    }

    private int slopes() {
        return prelu.shared() ? 1 : at.out();
    }

    private int slopeStride() {
        return prelu.shared() ? 1 : at.stride();
    }

    @Override void declare(ClassFields fields) {
        fields.floats(alpha, 1, slopeStride());
        fields.floats(alphaGradient, 1, slopeStride());
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        fields.view(view, RuntimeTypes.PRELU_VIEW);
    }

    @Override CodeBlock initialize() {
        return CodeBlock.builder()
                .addStatement("$T.fill($N, 0, $L, $L)", Arrays.class, alpha, slopes(), Literals.f(prelu.alpha()))
                .build();
    }

    @Override CodeBlock createView(Tensors tensors) {
        return CodeBlock.of("$N = new $T($S,$W$L,$W$N,$W$N,$W$L)", view, RuntimeTypes.PRELU_VIEW, prelu.name(),
                at.out(), tensors.of(alpha), output, at.stride());
    }


    @Override CodeBlock forward(boolean training) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// $N (PReLU $L$L): y = z > 0 ? z : a z\n", prelu.name(), at.out(), prelu.shared() ? ", shared" : "");
        if (prelu.shared()) {
            code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "forwardShared", at.input(), output, alpha,
                    at.length()));
        } else {
            code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "forward", at.input(), output, alpha, "count",
                    at.stride(), at.stride()));
        }
        return code.build();
    }

    @Override CodeBlock backward() {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// $N: da = sum(dy min(z, 0))$L\n", prelu.name(),
                        at.needsInputGradient() ? "; dz = z > 0 ? dy : a dy" : "");
        if (prelu.shared()) {
            code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "alphaGradientShared", at.input(), delta,
                    alphaGradient, at.length()));
            if (at.needsInputGradient()) {
                code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "inputGradientShared", at.input(), delta,
                        at.inputDelta(), alpha, at.length()));
            }
        } else {
            code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "alphaGradient", at.input(), delta, alphaGradient,
                    "count", at.stride(), at.stride()));
            if (at.needsInputGradient()) {
                code.addStatement(Calls.of(RuntimeTypes.PARAMETRIC_RELU, "inputGradient", at.input(), delta,
                        at.inputDelta(), alpha, "count", at.stride(), at.stride()));
            }
        }
        return code.build();
    }
}
