package dev.unroll.processor.model;

import dev.unroll.runtime.GeneratedNetwork;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names of the class generated for a {@code @Network} interface, and of what it adds to the
 * members it inherits: the declaration check, the parser, the reserved-name check and the emitter
 * all take them from here.
 */
public final class GeneratedClass {
    /** The prefix of a generated class's simple name. */
    public static final String PREFIX = "Unrolled";

    /** The static factories {@code create()} and {@code create(long)} every generated class has. */
    public static final String FACTORY = "create";

    /**
     * The runtime base class's name, from the class itself so a rename cannot leave a stale string.
     * Taking the name loads the class into javac's JVM but neither links nor initializes it, so its
     * use of the Vector API (a module javac's JVM may not have) never runs; the processor reads the
     * class's members through {@link Elements}, from the compilation's class path.
     */
    public static final String BASE = GeneratedNetwork.class.getName();

    private GeneratedClass() {}

    /** The interface's name inside its package: {@code Outer.Inner} for a nested interface. */
    public static String interfaceName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + ".");
        }
        return name.toString();
    }

    /** {@code Unrolled} + the interface's name, nested names joined with {@code _}. */
    public static String simpleName(TypeElement type) {
        return PREFIX + interfaceName(type).replace('.', '_');
    }

    /** The generated class's qualified name. */
    public static String qualifiedName(Elements elements, TypeElement type) {
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        return (pkg.isEmpty() ? "" : pkg + ".") + simpleName(type);
    }
}
