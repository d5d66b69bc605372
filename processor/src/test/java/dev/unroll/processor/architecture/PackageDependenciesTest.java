package dev.unroll.processor.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's dependencies pointing one way, by reading its sources: {@code model} at
 * the bottom; {@code diagnostics} above it; {@code parse}, {@code validate} and {@code emit} on
 * those two and never on each other; only the processor itself (the root package) sees them all.
 * Any reference counts: an import, a static import or a qualified name in the code.
 */
class PackageDependenciesTest {
    private static final Path ROOT = Path.of("src/main/java/dev/unroll/processor");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.unroll\\.processor\\.([a-z]+)\\.");

    /** Package → the processor packages it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "diagnostics", Set.of("model"),
            "parse", Set.of("model", "diagnostics"),
            "validate", Set.of("model", "diagnostics"),
            "emit", Set.of("model"));

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = ROOT.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the root package: NetworkProcessor wires the pipeline
                }
                String from = relative.getName(0).toString();
                Set<String> allowed = ALLOWED.get(from);
                assertTrue(allowed != null, "a package the rules do not know: " + from + " (add it to ALLOWED)");
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && !allowed.contains(to)) {
                        violations.add(relative + " uses " + to);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRulesThemselvesHaveNoCycle() {
        for (String from : ALLOWED.keySet()) {
            assertTrue(!reaches(from, from, 0), from + " reaches itself");
        }
    }

    private static boolean reaches(String from, String target, int depth) {
        if (depth > ALLOWED.size()) {
            return true;
        }
        for (String to : ALLOWED.get(from)) {
            if (to.equals(target) || reaches(to, target, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
