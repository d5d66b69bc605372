package dev.unroll.onnx;

import dev.unroll.Model;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java identifiers for layers from the graph's names: unique, not keywords, not {@link Model}'s or Object's methods. */
final class Names {
    /** Names a layer method must not have: Model's and Object's methods, and the generated class's factory. */
    private final Set<String> reserved = new HashSet<>();
    private final Set<String> taken = new HashSet<>();

    Names() {
        for (Method m : Model.class.getMethods()) {
            reserved.add(m.getName());
        }
        for (Method m : Object.class.getMethods()) {
            reserved.add(m.getName());
        }
        reserved.addAll(Set.of("create", "clone", "finalize"));
        taken.addAll(reserved);
    }

    /** {@code /fc1/Gemm} → {@code fc1Gemm}, {@code 0} → {@code layer0}, then made unique. */
    String allocate(String graphName, String fallback) {
        String base = identifier(graphName);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (reserved.contains(base) || !SourceVersion.isName(base)) {
            base = base + "Layer";
        }
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + (Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "") + i;
        }
        taken.add(name);
        return name;
    }

    static String identifier(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(Character.toLowerCase(part.charAt(0))).append(part.substring(1));
            } else {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (out.length() > 0 && Character.isDigit(out.charAt(0))) {
            out.insert(0, "layer");
        }
        return out.toString();
    }
}
