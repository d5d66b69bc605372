package dev.unroll.processor.validate;

import dev.unroll.Model;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.GeneratedClass;
import dev.unroll.processor.model.Origin;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the annotated element itself, before it is parsed: it must be an interface (otherwise
 * there is nothing to parse), not generic, reachable from a class in its package, and its
 * generated class's name must be free.
 */
public final class DeclarationValidator {

    private final Elements elements;
    private final Set<String> generatedSoFar;

    /** {@code generatedSoFar}: the classes this compilation has generated already, by qualified name. */
    public DeclarationValidator(Elements elements, Set<String> generatedSoFar) {
        this.elements = elements;
        this.generatedSoFar = generatedSoFar;
    }

    /** Reports what is wrong; returns whether the element can be parsed as a network at all. */
    public boolean check(Element element, Diagnostics diagnostics) {
        Origin origin = Origin.of(element);
        if (element.getKind() != ElementKind.INTERFACE) {
            diagnostics.report(Message.NOT_AN_INTERFACE, origin, element.getSimpleName(), describe(element.getKind()));
            return false;
        }
        TypeElement type = (TypeElement) element;
        if (!type.getTypeParameters().isEmpty()) {
            diagnostics.report(Message.GENERIC, origin, type.getSimpleName(), type.getTypeParameters().stream()
                    .map(Object::toString).collect(Collectors.joining(", ", "<", ">")));
        }
        String generated = GeneratedClass.simpleName(type);
        String inaccessible = inaccessibility(type);
        if (inaccessible != null) {
            diagnostics.report(Message.INACCESSIBLE, origin, type.getSimpleName(), inaccessible, generated);
        }
        String qualified = qualifiedGeneratedName(type);
        TypeElement existing = elements.getTypeElement(qualified);
        if (existing != null && !isGeneratedFrom(existing, type) || generatedSoFar.contains(qualified)) {
            diagnostics.report(Message.NAME_CLASH, origin, type.getSimpleName(), qualified);
        }
        checkInheritedMethods(type, diagnostics);
        if (!extendsModel(type)) {
            diagnostics.report(Message.EXTENDS_MODEL, origin, type.getSimpleName(), type.getSimpleName(),
                    GeneratedClass.simpleName(type), type.getSimpleName());
        }
        return true;
    }

    /** Whether {@code type} has {@code Model} among its super-interfaces, directly or not. */
    private static boolean extendsModel(TypeElement type) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement t
                    && (t.getQualifiedName().contentEquals(Model.class.getName()) || extendsModel(t))) {
                return true;
            }
        }
        return false;
    }

    /** Abstract methods from super-interfaces other than {@code Model}: nothing would implement them. */
    private void checkInheritedMethods(TypeElement type, Diagnostics diagnostics) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            Element owner = method.getEnclosingElement();
            if (owner.equals(type) || !method.getModifiers().contains(Modifier.ABSTRACT)
                    || owner.toString().equals(Model.class.getName()) || owner.toString().equals(Object.class.getName())) {
                continue;
            }
            diagnostics.report(Message.INHERITED_METHOD, Origin.of(type), type.getSimpleName(),
                    method.getSimpleName(), owner.getSimpleName(), method.getSimpleName(), type.getSimpleName(),
                    owner.getSimpleName());
        }
    }

    /** The generated class's qualified name. */
    public String qualifiedGeneratedName(TypeElement type) {
        return GeneratedClass.qualifiedName(elements, type);
    }

    /** Why a class in the same package cannot implement {@code type}, or null when it can. */
    private static String inaccessibility(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            String what = t == type ? "" : " inside " + t.getSimpleName() + ", which is";
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return "declared" + what + " private";
            }
        }
        return null;
    }

    /** Whether {@code existing} is this interface's class from an earlier build (on the class path). */
    private static boolean isGeneratedFrom(TypeElement existing, TypeElement type) {
        if (existing.getKind() != ElementKind.CLASS || !existing.getSuperclass().toString().equals(GeneratedClass.BASE)) {
            return false;
        }
        for (TypeMirror implemented : existing.getInterfaces()) {
            if (implemented.toString().equals(type.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ElementKind kind) {
        return switch (kind) {
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
