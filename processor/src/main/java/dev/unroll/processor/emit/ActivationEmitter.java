package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import java.util.List;
import java.util.Locale;

/** {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} and {@code @RReLU}: no parameters. */
final class ActivationEmitter implements LayerEmitter {
    private final ActivationModel layer;
    private final LayerContext at;
    private final ActivationCode activation;
    private final String output;
    private final String delta;
    private final String slopes;
    private final String view;

    ActivationEmitter(ActivationModel layer, LayerContext at, Names names) {
        this.layer = layer;
        this.at = at;
        this.activation = new ActivationCode(layer.function(), at);
        this.output = names.field(layer.name(), "Output");
        this.delta = names.field(layer.name(), "Delta");
        this.slopes = isRrelu() ? names.field(layer.name(), "Slopes") : null;
        this.view = names.field(layer.name(), "View");
    }

    private boolean isRrelu() {
        return layer.function().kind() == ActivationFunction.Kind.RRELU;
    }

    @Override public void declare(ClassFields fields) {
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        if (isRrelu()) {
            fields.batchRows(slopes, at.stride());
        }
        fields.view(view, RuntimeTypes.LAYER_VIEW);
    }

    @Override public CodeBlock initialize() {
        return CodeBlock.of("");
    }

    @Override public List<ParameterRef> parameters() {
        return List.of();
    }

    @Override public CodeBlock createView(Names names) {
        return CodeBlock.of("$N = new $T($S,$W$S,$W$S,$W$L,$W$L,$W$N,$W$L)", view, RuntimeTypes.LAYER_VIEW, layer.name(),
                layer.kind(), description(), at.in(), at.out(), output, at.stride());
    }

    /** The kind with its setting, for the summary: {@code ActivationLayer (relu)}, {@code LeakyReLU (alpha 0.3)}. */
    private String description() {
        ActivationFunction f = layer.function();
        return layer.kind() + switch (f.kind()) {
            case LEAKY_RELU, ELU -> " (alpha " + f.alpha() + ")";
            case RRELU -> " (" + f.lower() + " to " + f.upper() + ")";
            default -> " (" + f.kind().name().toLowerCase(Locale.ROOT) + ")";
        };
    }

    @Override public String viewField() {
        return view;
    }

    @Override public TypeName viewType() {
        return RuntimeTypes.LAYER_VIEW;
    }

    @Override public CodeBlock forward(boolean training) {
        return CodeBlock.builder()
                .add("// $N ($L): $L\n", layer.name(), layer.kind(), activation.formula())
                .addStatement(activation.forward(at.input(), output, slopes, training))
                .build();
    }

    @Override public CodeBlock backward() {
        if (at.fusedWithLoss() || !at.needsInputGradient()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// $N: $L\n", layer.name(), activation.derivative())
                .addStatement(activation.backward(at.input(), output, delta, at.inputDelta(), slopes))
                .build();
    }
}
