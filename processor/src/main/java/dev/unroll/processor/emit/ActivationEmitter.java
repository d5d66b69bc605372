package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;

/** {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} and {@code @RReLU}: no parameters. */
final class ActivationEmitter extends LayerEmitter {
    private final ActivationModel layer;
    private final ActivationCode activation;
    private final String slopes;

    ActivationEmitter(ActivationModel layer, LayerContext at, Names names) {
        super(layer, at, names);
        this.layer = layer;
        this.activation = new ActivationCode(layer.function(), at);
        this.slopes = isRrelu() ? names.field(layer.name(), "Slopes") : null;
    }

    private boolean isRrelu() {
        return layer.function().kind() == ActivationFunction.Kind.RRELU;
    }

    @Override void declare(ClassFields fields) {
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        if (isRrelu()) {
            fields.batchRows(slopes, at.stride());
        }
        fields.view(view, RuntimeTypes.LAYER_VIEW);
    }

    @Override CodeBlock createView(Tensors tensors) {
        return CodeBlock.of("$N = new $T($S,$W$S,$W$S,$W$L,$W$L,$W$N,$W$L)", view, RuntimeTypes.LAYER_VIEW, layer.name(),
                layer.kind(), layer.description(), at.in(), at.out(), output, at.stride());
    }


    @Override CodeBlock forward(boolean training) {
        return CodeBlock.builder()
                .add("// $N ($L): $L\n", layer.name(), layer.kind(), activation.formula())
                .addStatement(activation.forward(at.input(), output, slopes, training))
                .build();
    }

    @Override CodeBlock backward() {
        if (at.fusedWithLoss() || !at.needsInputGradient()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// $N: $L\n", layer.name(), activation.derivative())
                .addStatement(activation.backward(at.input(), output, delta, at.inputDelta(), slopes))
                .build();
    }
}
