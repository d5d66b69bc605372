package dev.unroll.examples.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code shown in the README and docs/ is what the processor writes: every code block
 * introduced by {@code <!-- excerpt of examples/target/generated-sources/annotations/....java -->}
 * must appear in that file, line for line (indentation aside), as this build generated it.
 */
class GeneratedExcerptsTest {
    private static final Pattern EXCERPT = Pattern.compile(
            "<!-- excerpt of (\\S+) -->\\s*\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyExcerptIsInTheGeneratedFile() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int excerpts = 0;
        for (Path page : pages) {
            Matcher m = EXCERPT.matcher(Files.readString(page));
            while (m.find()) {
                excerpts++;
                Path generated = root.resolve(m.group(1));
                assertTrue(Files.isRegularFile(generated), page.getFileName() + " cites " + generated + ", which is missing");
                List<String> file = stripped(Files.readString(generated));
                List<String> excerpt = stripped(m.group(2));
                assertTrue(Collections.indexOfSubList(file, excerpt) >= 0, page.getFileName()
                        + ": this excerpt is not in " + m.group(1) + ":\n" + String.join("\n", excerpt));
            }
        }
        assertFalse(excerpts == 0, "the README shows generated code, marked as an excerpt");
    }

    private static List<String> stripped(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }
}
