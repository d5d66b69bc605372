package dev.unroll.processor.fuzz;

import dev.unroll.Loss;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declaration as the generator builds and mutates it, before it becomes source text. Kept
 * mutable on purpose: a mutation is a small edit of a valid declaration.
 */
final class Declaration {
    /** One annotation: its simple name and its written values, in order. */
    static final class Annotation {
        final String name;
        final Map<String, String> values = new LinkedHashMap<>();

        Annotation(String name) {
            this.name = name;
        }

        Annotation with(String key, Object value) {
            values.put(key, String.valueOf(value));
            return this;
        }

        String render() {
            if (values.isEmpty()) {
                return "@" + name;
            }
            StringBuilder out = new StringBuilder("@").append(name).append('(');
            values.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ").append(k)
                    .append(" = ").append(v));
            return out.append(')').toString();
        }
    }

    /** One layer method. */
    static final class Method {
        String name;
        String returnType;
        String parameters = "";
        final List<Annotation> annotations = new ArrayList<>();

        Method(String name, String returnType, Annotation layer) {
            this.name = name;
            this.returnType = returnType;
            annotations.add(layer);
        }

        Annotation layer() {
            return annotations.get(0);
        }
    }

    final String name;
    String kind = "interface";
    String modifiers = "";
    boolean generic;
    boolean nested;
    boolean extendsRunnable;
    boolean clashingClass;
    int inputs;
    int batchSize;
    long seed;
    Loss loss;
    final List<Annotation> optimizers = new ArrayList<>();
    final List<Method> layers = new ArrayList<>();
    /** The mutations applied; empty for a declaration meant to be valid. */
    final List<String> mutations = new ArrayList<>();
    /**
     * The diagnostic id the last mutation must produce, or null when it names none; it is expected
     * on the line of {@link #expectedAt} (a layer {@link Method} or an optimizer {@link Annotation}),
     * or on the {@code @Network} line when that is null.
     */
    String expectedId;
    Object expectedAt;
    /** Where {@link #render} put each layer method and optimizer, by identity; 1-based lines. */
    final Map<Object, Integer> lines = new IdentityHashMap<>();
    int networkLine;

    Declaration(String name) {
        this.name = name;
    }

    boolean valid() {
        return mutations.isEmpty();
    }

    /** The top-level type's name, which names the file. */
    String fileType() {
        return nested ? name + "Outer" : name;
    }

    /** The generated class's binary name. */
    String generatedClass() {
        return Generator.PACKAGE + ".Unrolled" + (nested ? name + "Outer_" + name : name);
    }

    /** The line the expected diagnostic belongs on, after {@link #render}. */
    int expectedLine() {
        return expectedAt == null ? networkLine : lines.getOrDefault(expectedAt, -1);
    }

    private static int line(StringBuilder out) {
        return (int) out.chars().filter(c -> c == '\n').count() + 1;
    }

    String render() {
        lines.clear();
        StringBuilder out = new StringBuilder("package " + Generator.PACKAGE + ";\n\nimport dev.unroll.*;\n\n");
        String indent = nested ? "    " : "";
        if (nested) {
            out.append("public class ").append(name).append("Outer {\n");
        }
        networkLine = line(out);
        out.append(indent).append("@Network(inputs = ").append(inputs).append(", loss = Loss.").append(loss)
                .append(", batchSize = ").append(batchSize).append(", seed = ").append(seed).append("L)\n");
        optimizers.forEach(o -> {
            lines.put(o, line(out));
            out.append(indent).append(o.render()).append('\n');
        });
        String visibility = nested ? modifiers : modifiers.isEmpty() ? "public " : modifiers;
        out.append(indent).append(visibility).append(kind.equals("interface") ? "interface " : "abstract class ")
                .append(name).append(generic ? "<T>" : "");
        if (kind.equals("interface")) {
            out.append(" extends Model").append(extendsRunnable ? ", Runnable" : "");
        }
        out.append(" {\n");
        for (Method m : layers) {
            lines.put(m, line(out));
            out.append(indent).append("    ");
            m.annotations.forEach(a -> out.append(a.render()).append(' '));
            out.append(kind.equals("interface") ? "" : "abstract ").append(m.returnType).append(' ').append(m.name)
                    .append('(').append(m.parameters).append(");\n");
        }
        out.append(indent).append("}\n");
        if (nested) {
            out.append("}\n");
        }
        if (clashingClass) {
            out.append("\nclass Unrolled").append(name).append(" {\n}\n");
        }
        return out.toString();
    }
}
