package dev.unroll.processor.parse;

import dev.unroll.Activation;
import dev.unroll.Initializer;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.Origin;
import dev.unroll.processor.model.PReLUModel;
import dev.unroll.processor.validate.Diagnostics;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** Turns one annotated layer method into its {@link LayerModel}. */
final class LayerParser {
    private final Elements elements;
    private final Diagnostics diagnostics;

    LayerParser(Elements elements, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
    }

    LayerModel parse(ExecutableElement method, AnnotationMirror annotation) {
        String name = method.getSimpleName().toString();
        String returnType = method.getReturnType().toString();
        Origin origin = new Origin(method, annotation);
        AnnotationReader values = new AnnotationReader(elements, annotation, diagnostics);
        return switch (AnnotationNames.simpleName(annotation)) {
            case "Dense" -> new DenseModel(name, returnType, origin, values.intValue("units"),
                    function(values.enumValue("activation", Activation.class)),
                    values.enumValue("kernelInitializer", Initializer.class),
                    values.enumValue("biasInitializer", Initializer.class), values.booleanValue("useBias"));
            case "BatchNormalization" -> new BatchNormModel(name, returnType, origin, values.doubleValue("momentum"),
                    values.doubleValue("epsilon"), values.booleanValue("center"), values.booleanValue("scale"));
            case "ActivationLayer" -> new ActivationModel(name, returnType, origin, "ActivationLayer",
                    function(values.enumValue("value", Activation.class)));
            case "LeakyReLU" -> new ActivationModel(name, returnType, origin, "LeakyReLU",
                    ActivationFunction.leakyRelu(values.doubleValue("alpha")));
            case "ELU" -> new ActivationModel(name, returnType, origin, "ELU",
                    ActivationFunction.elu(values.doubleValue("alpha")));
            case "RReLU" -> new ActivationModel(name, returnType, origin, "RReLU",
                    ActivationFunction.rrelu(values.doubleValue("lower"), values.doubleValue("upper")));
            case "PReLU" -> new PReLUModel(name, returnType, origin, values.doubleValue("alpha"),
                    values.booleanValue("shared"));
            default -> throw new IllegalArgumentException("not a layer annotation: " + annotation);
        };
    }

    /** The model of an {@link Activation} constant. */
    static ActivationFunction function(Activation activation) {
        return ActivationFunction.of(ActivationFunction.Kind.valueOf(activation.name()));
    }
}
