package dev.unroll.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a piece of the model was declared: the element, the annotation on it and that
 * annotation's explicitly written values, so a diagnostic can point at the exact value. Emitters
 * never look at it.
 */
public record Origin(Element element, AnnotationMirror annotation) {
    /** The origin of an element without a particular annotation. */
    public static Origin of(Element element) {
        return new Origin(element, null);
    }

    /** The same element without its annotation: for problems with the declaration itself (its type, its parameters). */
    public Origin elementOnly() {
        return of(element);
    }

    /** The value the user wrote for {@code name}, or null when it is a default (or there is no annotation). */
    public AnnotationValue value(String name) {
        if (annotation == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : annotation.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
