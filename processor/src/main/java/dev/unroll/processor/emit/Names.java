package dev.unroll.processor.emit;

import com.palantir.javapoet.NameAllocator;
import java.util.HashMap;
import java.util.Map;

/**
 * Every name the generated class declares besides the user's layer methods: fields (a layer's name
 * plus a suffix, {@code hidden1Kernel}, {@code hidden1Delta}), locals ({@code lr}) and helper
 * methods, each allocated once per tag so no two can collide with each other, with Java keywords or
 * with the parameters of the generated methods.
 */
final class Names {
    /** The parameters of the hooks the generated class overrides: a field must not shadow them. */
    static final String[] PARAMETERS = {"x", "offset", "count", "labels", "targets", "seed"};

    /** The class's own constant and its padded copy of the input. */
    static final String BATCH_SIZE = "BATCH_SIZE";
    static final String INPUT = "input";

    private final NameAllocator allocator = new NameAllocator();
    private final NameAllocator methods = new NameAllocator();
    private final Map<String, String> byTag = new HashMap<>();

    Names() {
        for (String name : PARAMETERS) {
            allocator.newName(name, name);
        }
        allocator.newName(BATCH_SIZE, BATCH_SIZE);
        allocator.newName(INPUT, INPUT);
    }

    /** The name for {@code layer + suffix}, e.g. {@code field("hidden1", "Kernel")}. */
    String field(String layer, String suffix) {
        return byTag.computeIfAbsent(layer + "/" + suffix, tag -> allocator.newName(layer + suffix, tag));
    }

    /** A local of a generated method, e.g. {@code local("lr")}: the same name for every use in the class. */
    String local(String name) {
        return byTag.computeIfAbsent("local:" + name, tag -> allocator.newName(name, tag));
    }

    /**
     * A helper method, e.g. {@code method("backward", 2)}: methods have a namespace of their own,
     * where the user's layer methods come first ({@link #layerMethod}).
     */
    String method(String name, int index) {
        return byTag.computeIfAbsent("method:" + name + index, tag -> methods.newName(name + index, tag));
    }

    /** A user's layer method: its name is taken in the method namespace. */
    void layerMethod(String name) {
        byTag.computeIfAbsent("layer:" + name, tag -> methods.newName(name, tag));
    }

    /** A name reserved at construction: a hook parameter, {@link #BATCH_SIZE} or {@link #INPUT}. */
    String reserved(String name) {
        return allocator.get(name);
    }
}
