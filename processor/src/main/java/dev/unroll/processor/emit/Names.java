package dev.unroll.processor.emit;

import com.palantir.javapoet.NameAllocator;
import java.util.HashMap;
import java.util.Map;

/**
 * Field and local names of one generated class: a layer's name plus a suffix ({@code hidden1Kernel},
 * {@code hidden1Delta}), allocated once per (layer, suffix) so two layers can never collide with
 * each other, with Java keywords or with the parameters of the generated methods.
 */
final class Names {
    /** Parameters and locals of the generated methods, which a field must not shadow. */
    static final String[] RESERVED = {"x", "offset", "count", "labels", "targets", "seed", "lr", "alphaT", "scale",
        "BATCH_SIZE", "input"};

    private final NameAllocator allocator = new NameAllocator();
    private final Map<String, String> byTag = new HashMap<>();

    Names() {
        for (String name : RESERVED) {
            allocator.newName(name, name);
        }
    }

    /** The name for {@code layer + suffix}, e.g. {@code field("hidden1", "Kernel")}. */
    String field(String layer, String suffix) {
        return byTag.computeIfAbsent(layer + "/" + suffix, tag -> allocator.newName(layer + suffix, tag));
    }

    /** A reserved name, e.g. {@code "BATCH_SIZE"}. */
    String reserved(String name) {
        return allocator.get(name);
    }
}
