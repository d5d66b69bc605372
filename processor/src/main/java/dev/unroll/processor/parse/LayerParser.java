package dev.unroll.processor.parse;

import dev.unroll.Activation;
import dev.unroll.ActivationLayer;
import dev.unroll.AlphaDropout;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.Dropout;
import dev.unroll.ELU;
import dev.unroll.Initializer;
import dev.unroll.LeakyReLU;
import dev.unroll.PReLU;
import dev.unroll.RReLU;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.DropoutModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.Origin;
import dev.unroll.processor.model.PReLUModel;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Turns one annotated layer method into its {@link LayerModel}. The table of layer annotations is
 * here, in the order the docs list them: a new layer kind adds one line.
 */
final class LayerParser {
    /** How one layer annotation's values become a model. */
    private interface Reader {
        LayerModel read(String name, String returnType, Origin origin, AnnotationReader values);
    }

    /** Qualified annotation name → its reader. */
    private static final Map<String, Reader> KINDS = new LinkedHashMap<>();

    static {
        kind(Dense.class, (n, r, o, v) -> new DenseModel(n, r, o, v.intValue("units"),
                function(v.enumValue("activation", Activation.class)),
                v.enumValue("kernelInitializer", Initializer.class),
                v.enumValue("biasInitializer", Initializer.class), v.booleanValue("useBias"), v.doubleValue("l1"),
                v.doubleValue("l2"), v.doubleValue("maxNorm")));
        kind(BatchNormalization.class, (n, r, o, v) -> new BatchNormModel(n, r, o, v.doubleValue("momentum"),
                v.doubleValue("epsilon"), v.booleanValue("center"), v.booleanValue("scale")));
        kind(ActivationLayer.class, (n, r, o, v) -> new ActivationModel(n, r, o, "ActivationLayer",
                function(v.enumValue("value", Activation.class))));
        kind(LeakyReLU.class, (n, r, o, v) -> new ActivationModel(n, r, o, "LeakyReLU",
                ActivationFunction.leakyRelu(v.doubleValue("alpha"))));
        kind(ELU.class, (n, r, o, v) -> new ActivationModel(n, r, o, "ELU",
                ActivationFunction.elu(v.doubleValue("alpha"))));
        kind(PReLU.class, (n, r, o, v) -> new PReLUModel(n, r, o, v.doubleValue("alpha"), v.booleanValue("shared")));
        kind(RReLU.class, (n, r, o, v) -> new ActivationModel(n, r, o, "RReLU",
                ActivationFunction.rrelu(v.doubleValue("lower"), v.doubleValue("upper"))));
        kind(Dropout.class, (n, r, o, v) -> new DropoutModel(n, r, o, v.doubleValue("rate"), false));
        kind(AlphaDropout.class, (n, r, o, v) -> new DropoutModel(n, r, o, v.doubleValue("rate"), true));
    }

    private static void kind(Class<? extends Annotation> annotation, Reader reader) {
        KINDS.put(annotation.getCanonicalName(), reader);
    }

    private final Elements elements;
    private final Diagnostics diagnostics;

    LayerParser(Elements elements, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
    }

    /** Whether {@code mirror} is a layer annotation. */
    static boolean isLayer(AnnotationMirror mirror) {
        return KINDS.containsKey(AnnotationNames.qualifiedName(mirror));
    }

    /** The layer annotations as a message lists them: {@code @Dense, @BatchNormalization, ... or @RReLU}. */
    static String annotationList() {
        List<String> names = KINDS.keySet().stream().map(q -> "@" + q.substring(q.lastIndexOf('.') + 1)).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    LayerModel parse(ExecutableElement method, AnnotationMirror annotation) {
        Reader reader = KINDS.get(AnnotationNames.qualifiedName(annotation));
        if (reader == null) {
            throw new IllegalArgumentException("not a layer annotation: " + annotation);
        }
        return reader.read(method.getSimpleName().toString(), method.getReturnType().toString(),
                new Origin(method, annotation), new AnnotationReader(elements, annotation, diagnostics));
    }

    /** The model of an {@link Activation} constant. */
    static ActivationFunction function(Activation activation) {
        return ActivationFunction.of(ActivationFunction.Kind.valueOf(activation.name()));
    }
}
