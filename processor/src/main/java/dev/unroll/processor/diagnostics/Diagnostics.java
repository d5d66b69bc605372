package dev.unroll.processor.diagnostics;

import dev.unroll.processor.model.Origin;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The report of one declaration. It keeps going after an error so the user sees every problem in
 * one compile, points each message at the element, annotation and value it is about, and drops
 * warnings the user suppressed with {@code @SuppressWarnings("<id>")} on the interface or method.
 */
public final class Diagnostics {
    private final Messager messager;
    private boolean errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /**
     * Reports {@code message} on the origin's annotation value {@code valueName}; on the annotation
     * when that value was not written (it is a default), or on the element without an annotation.
     */
    public void reportAt(Message message, Origin origin, String valueName, Object... args) {
        if (message.kind() == Message.Kind.WARNING && suppressed(origin.element(), message.id())) {
            return;
        }
        errors |= message.kind() == Message.Kind.ERROR;
        AnnotationMirror annotation = origin.annotation();
        AnnotationValue value = valueName == null ? null : origin.value(valueName);
        String text = message.format(args);
        if (annotation == null) {
            messager.printMessage(message.diagnosticKind(), text, origin.element());
        } else if (value == null) {
            messager.printMessage(message.diagnosticKind(), text, origin.element(), annotation);
        } else {
            messager.printMessage(message.diagnosticKind(), text, origin.element(), annotation, value);
        }
    }

    /** Reports on the origin's annotation, or its element when there is none. */
    public void report(Message message, Origin origin, Object... args) {
        reportAt(message, origin, null, args);
    }

    /**
     * Records that the declaration cannot be generated without adding a message: javac has already
     * reported the cause (an annotation value that does not compile).
     */
    public void markBroken() {
        errors = true;
    }

    public boolean hasErrors() {
        return errors;
    }

    private static boolean suppressed(Element element, String id) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (suppressions(e).contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> suppressions(Element element) {
        Set<String> ids = new HashSet<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!mirror.getAnnotationType().toString().equals(SuppressWarnings.class.getName())) {
                continue;
            }
            for (var e : mirror.getElementValues().entrySet()) {
                collect(e.getValue().getValue(), ids);
            }
        }
        return ids;
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof String s) {
            ids.add(s);
        } else if (value instanceof Iterable<?> values) {
            for (Object v : values) {
                collect(((AnnotationValue) v).getValue(), ids);
            }
        }
    }
}
