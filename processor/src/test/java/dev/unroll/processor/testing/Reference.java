package dev.unroll.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Access to the project's {@code reference/} directory: the float64 vectors written by
 * {@code reference/make_vectors.py}. Its README describes the schema this class reads.
 */
public final class Reference {
    private Reference() {}

    /** The reference directory of the project, found from the module's or the project's working directory. */
    public static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path start = here; start != null; start = start.getParent()) {
            Path candidate = start.resolve("reference");
            if (Files.isRegularFile(candidate.resolve("make_vectors.py"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the project's reference/ directory (the reference vectors) is not found"
                + " from " + here);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String network) {
        try {
            return (Map<String, Object>) Json.parse(Files.readString(directory().resolve(network + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    public static double number(Object o) {
        return (Double) o;
    }

    /** A number or nested lists of numbers, flattened row-major into floats. */
    public static float[] floats(Object nested) {
        List<Double> out = new ArrayList<>();
        flatten(nested, out);
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i).floatValue();
        }
        return result;
    }

    /** The values of {@code names} in {@code values}, concatenated: a flat parameter vector. */
    public static float[] concat(List<Object> names, Map<String, Object> values) {
        List<Double> out = new ArrayList<>();
        for (Object name : names) {
            flatten(values.get((String) name), out);
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i).floatValue();
        }
        return result;
    }

    private static void flatten(Object nested, List<Double> out) {
        if (nested instanceof List<?> items) {
            items.forEach(item -> flatten(item, out));
        } else {
            out.add((Double) nested);
        }
    }
}
