package dev.unroll.processor.parse;

import dev.unroll.Adagrad;
import dev.unroll.Adam;
import dev.unroll.AdamW;
import dev.unroll.Adamax;
import dev.unroll.Nadam;
import dev.unroll.Network;
import dev.unroll.RMSprop;
import dev.unroll.SGD;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** The annotations the processor understands, by qualified name. */
public final class AnnotationNames {
    public static final String NETWORK = Network.class.getCanonicalName();

    /** Optimizer annotations, from simple to complex. */
    public static final List<String> OPTIMIZERS = List.of(
            SGD.class.getCanonicalName(), Adagrad.class.getCanonicalName(),
            RMSprop.class.getCanonicalName(), Adam.class.getCanonicalName(),
            AdamW.class.getCanonicalName(), Adamax.class.getCanonicalName(), Nadam.class.getCanonicalName());

    private AnnotationNames() {}

    public static String qualifiedName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().toString();
    }

    public static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
}
