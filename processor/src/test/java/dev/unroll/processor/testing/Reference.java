package dev.unroll.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Access to {@code ../shared/reference}: the float64 vectors every Unroll developer and CI run
 * has beside the project. Its README describes the schema this class reads.
 */
public final class Reference {
    private Reference() {}

    /** The reference directory, found from the module's or the project's working directory. */
    public static Path directory() {
        for (Path start = Path.of("").toAbsolutePath(); start != null; start = start.getParent()) {
            Path candidate = start.resolve("../shared/reference").normalize();
            if (Files.isRegularFile(candidate.resolve("tiny.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/reference (the reference vectors) is missing: every checkout"
                + " of Unroll expects it beside the project root");
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
