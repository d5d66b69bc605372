package dev.unroll.processor.emit;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code Tensor} locals of the generated constructor, by the field each one describes. The
 * network emitter declares them; a layer's view is built from the handles it finds here.
 */
final class Tensors {
    private final Map<String, String> byField = new HashMap<>();

    void put(ParameterRef array, String local) {
        byField.put(array.value(), local);
    }

    /** The local describing {@code field}; fails when the field was never declared as a tensor. */
    String of(String field) {
        String local = byField.get(field);
        if (local == null) {
            throw new IllegalStateException("no tensor for " + field);
        }
        return local;
    }
}
