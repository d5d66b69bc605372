package dev.unroll.processor.parse;

import dev.unroll.processor.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads one annotation's values, defaults included, as plain Java values. A value that did not
 * compile (javac reports it itself) marks the declaration broken and reads as a harmless
 * placeholder, so parsing never throws.
 */
final class AnnotationReader {
    private final Map<String, Object> values = new HashMap<>();
    private final Diagnostics diagnostics;

    AnnotationReader(Elements elements, AnnotationMirror mirror, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (var e : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            AnnotationValue value = e.getValue();
            values.put(e.getKey().getSimpleName().toString(), value == null ? null : value.getValue());
        }
    }

    int intValue(String name) {
        if (values.get(name) instanceof Integer i) {
            return i;
        }
        diagnostics.markBroken();
        return 1;
    }

    long longValue(String name) {
        Object v = values.get(name);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        diagnostics.markBroken();
        return 0;
    }

    double doubleValue(String name) {
        if (values.get(name) instanceof Number n) {
            return n.doubleValue();
        }
        diagnostics.markBroken();
        return 1;
    }

    boolean booleanValue(String name) {
        if (values.get(name) instanceof Boolean b) {
            return b;
        }
        diagnostics.markBroken();
        return false;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        if (values.get(name) instanceof VariableElement constant) {
            for (E e : type.getEnumConstants()) {
                if (constant.getSimpleName().contentEquals(e.name())) {
                    return e;
                }
            }
        }
        diagnostics.markBroken();
        return type.getEnumConstants()[0];
    }
}
