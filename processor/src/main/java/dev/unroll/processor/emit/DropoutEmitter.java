package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.DropoutModel;

/**
 * {@code @Dropout} and {@code @AlphaDropout}: a mask drawn from (seed, layer, step) in training,
 * kept for the backward pass; a copy in inference, or a mask of the Monte Carlo draw when
 * {@code predictMonteCarlo} runs the inference pass.
 */
final class DropoutEmitter extends LayerEmitter {
    private final DropoutModel layer;
    private final String mask;

    DropoutEmitter(DropoutModel layer, LayerContext at, Names names) {
        super(layer, at, names);
        this.layer = layer;
        this.mask = names.field(layer.name(), "Mask");
    }

    @Override void declare(ClassFields fields) {
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        fields.batchRows(mask, at.stride());
        fields.view(view, RuntimeTypes.LAYER_VIEW);
    }

    @Override CodeBlock createView(Tensors tensors) {
        return CodeBlock.of("$N = new $T($S,$W$S,$W$S,$W$L,$W$L,$W$N,$W$L)", view, RuntimeTypes.LAYER_VIEW, layer.name(),
                layer.kind(), layer.description(), at.in(), at.out(), output, at.stride());
    }

    private CodeBlock apply(String draw) {
        return Calls.of(RuntimeTypes.DROPOUT, layer.alpha() ? "alphaDropout" : "dropout", at.input(), output, mask,
                "count", at.out(), at.stride(), Literals.d(layer.rate()),
                Calls.of(RuntimeTypes.RNG, "key", "seed()", at.index(), draw));
    }

    private String formula() {
        return layer.alpha() ? "y = mask ? a x + b : a alpha' + b, alpha' = -lambda alpha of SELU"
                : "y = mask ? x / (1 - " + layer.rate() + ") : 0";
    }

    @Override CodeBlock forward(boolean training) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (training) {
            return code.add("// $N ($L $L): $L, mask ~ Bernoulli(1 - $L) per (seed, layer, step)\n", layer.name(),
                    layer.kind(), layer.rate(), formula(), layer.rate()).addStatement(apply("nextStep()")).build();
        }
        return code.add("// $N ($L $L): the identity, or the training formula for a Monte Carlo pass\n", layer.name(),
                        layer.kind(), layer.rate())
                .beginControlFlow("if (monteCarlo())")
                .addStatement(apply("monteCarloDraw()"))
                .nextControlFlow("else")
                .addStatement("$T.arraycopy($N, 0, $N, 0, $L)", System.class, at.input(), output, at.length())
                .endControlFlow()
                .build();
    }

    @Override CodeBlock backward() {
        if (!at.needsInputGradient()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// $N: dx = mask ? a dy : 0\n", layer.name())
                .addStatement(Calls.of(RuntimeTypes.DROPOUT, "backward", delta, mask, at.inputDelta(), "count", at.out(),
                        at.stride(), Calls.of(RuntimeTypes.DROPOUT, layer.alpha() ? "alphaScale" : "scale",
                                Literals.d(layer.rate()))))
                .build();
    }
}
