package dev.unroll.processor.parse;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.model.ClipModel;
import dev.unroll.processor.model.OptimizerModel;
import dev.unroll.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Turns an optimizer annotation into its {@link OptimizerModel}. */
final class OptimizerParser {
    private final Elements elements;
    private final Diagnostics diagnostics;

    OptimizerParser(Elements elements, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
    }

    OptimizerModel parse(TypeElement type, AnnotationMirror annotation) {
        Origin origin = new Origin(type, annotation);
        AnnotationReader v = new AnnotationReader(elements, annotation, diagnostics);
        ClipModel clip = new ClipModel(v.doubleValue("clipNorm"), v.doubleValue("clipValue"),
                v.doubleValue("globalClipNorm"));
        double lr = v.doubleValue("learningRate");
        double wd = v.doubleValue("weightDecay");
        return switch (AnnotationNames.simpleName(annotation)) {
            case "SGD" -> new OptimizerModel.Sgd(origin, lr, v.doubleValue("momentum"), v.booleanValue("nesterov"), clip,
                    wd);
            case "Adagrad" -> new OptimizerModel.Adagrad(origin, lr, v.doubleValue("initialAccumulatorValue"),
                    v.doubleValue("epsilon"), clip, wd);
            case "RMSprop" -> new OptimizerModel.Rmsprop(origin, lr, v.doubleValue("rho"), v.doubleValue("momentum"),
                    v.doubleValue("epsilon"), v.booleanValue("centered"), clip, wd);
            case "Adam", "AdamW" -> new OptimizerModel.Adam(origin, AnnotationNames.simpleName(annotation), lr,
                    v.doubleValue("beta1"), v.doubleValue("beta2"), v.doubleValue("epsilon"), v.booleanValue("amsgrad"),
                    clip, wd);
            case "Adamax" -> new OptimizerModel.Adamax(origin, lr, v.doubleValue("beta1"), v.doubleValue("beta2"),
                    v.doubleValue("epsilon"), clip, wd);
            case "Nadam" -> new OptimizerModel.Nadam(origin, lr, v.doubleValue("beta1"), v.doubleValue("beta2"),
                    v.doubleValue("epsilon"), clip, wd);
            default -> throw new IllegalArgumentException("not an optimizer annotation: " + annotation);
        };
    }
}
