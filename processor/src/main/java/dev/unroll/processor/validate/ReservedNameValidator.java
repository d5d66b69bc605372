package dev.unroll.processor.validate;

import dev.unroll.Model;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.GeneratedClass;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A layer method is a method without parameters of the generated class, so it cannot take the name
 * of one the class already has: the static factory {@code create()}, or a method without parameters
 * it inherits from {@code GeneratedNetwork}, {@code Model} or {@code Object}. The inherited ones are
 * read from the runtime's types as the compiler sees them, so the list follows the runtime.
 */
public final class ReservedNameValidator implements Validator {
    private final Elements elements;
    private Map<String, String> reserved;

    public ReservedNameValidator(Elements elements) {
        this.elements = elements;
    }

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (LayerModel layer : network.layers()) {
            String owner = reserved().get(layer.name());
            if (owner != null) {
                diagnostics.report(Message.RESERVED_NAME, layer.origin().elementOnly(), layer.name(), owner,
                        layer.name());
            }
        }
    }

    /** Name → where it comes from, e.g. {@code summary → Model.summary()}. */
    private Map<String, String> reserved() {
        if (reserved == null) {
            reserved = new LinkedHashMap<>();
            reserved.put(GeneratedClass.FACTORY, "the generated class's static " + GeneratedClass.FACTORY + "()");
            TypeElement base = elements.getTypeElement(GeneratedClass.BASE);
            TypeElement model = elements.getTypeElement(Model.class.getName());
            TypeElement object = elements.getTypeElement(Object.class.getName());
            addMethodsOf(model, "Model.");
            addMethodsOf(object, "Object.");
            addMethodsOf(base, "the generated class's ");
        }
        return reserved;
    }

    /** The inheritable methods without parameters of {@code type}, unless already known by another owner. */
    private void addMethodsOf(TypeElement type, String owner) {
        if (type == null) {
            return; // the runtime is not on the class path: javac reports the missing types itself
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            Set<Modifier> modifiers = method.getModifiers();
            boolean inherited = (modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED))
                    && !(modifiers.contains(Modifier.STATIC) && type.getKind() == ElementKind.INTERFACE);
            if (method.getParameters().isEmpty() && inherited) {
                reserved.putIfAbsent(method.getSimpleName().toString(), owner + method.getSimpleName() + "()");
            }
        }
    }
}
