package dev.unroll.processor.parse;

import dev.unroll.ActivationLayer;
import dev.unroll.Adagrad;
import dev.unroll.Adam;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.ELU;
import dev.unroll.LeakyReLU;
import dev.unroll.Network;
import dev.unroll.PReLU;
import dev.unroll.RMSprop;
import dev.unroll.RReLU;
import dev.unroll.SGD;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** The annotations the processor understands, by qualified name. */
public final class AnnotationNames {
    public static final String NETWORK = Network.class.getCanonicalName();

    /** Layer annotations, in the order the docs list them. */
    public static final List<String> LAYERS = List.of(
            Dense.class.getCanonicalName(), BatchNormalization.class.getCanonicalName(),
            ActivationLayer.class.getCanonicalName(), LeakyReLU.class.getCanonicalName(),
            ELU.class.getCanonicalName(), PReLU.class.getCanonicalName(), RReLU.class.getCanonicalName());

    /** Optimizer annotations, from simple to complex. */
    public static final List<String> OPTIMIZERS = List.of(
            SGD.class.getCanonicalName(), Adagrad.class.getCanonicalName(),
            RMSprop.class.getCanonicalName(), Adam.class.getCanonicalName());

    private AnnotationNames() {}

    public static String qualifiedName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().toString();
    }

    public static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
