package dev.unroll.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.unroll.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/diagnostics.md} true: each documented example compiles to exactly the message
 * shown, of the kind its section names, on the line marked {@code // <- reported here}; and every
 * {@link Message} of the processor is documented. This is also the one compile-testing test per
 * diagnostic.
 */
class DiagnosticsDocTest {
    private static final Path DOC = Path.of("../docs/diagnostics.md");
    private static final String MARK = "// <- reported here";
    private static final String HEADER = """
            package doc;

            import static dev.unroll.Activation.*;
            import static dev.unroll.Initializer.*;
            import dev.unroll.*;

            """;

    /** One documented case: its section's id and kind, the example (null when there is none) and the message. */
    record Case(String id, boolean error, String example, String message) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(DOC);
        String id = null;
        boolean error = false;
        String example = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("### `unroll:")) {
                id = line.substring(5, line.indexOf('`', 5));
                error = line.endsWith("(error)");
                example = null;
            } else if (line.equals("```java") && id != null) {
                StringBuilder code = new StringBuilder();
                for (i++; !lines.get(i).equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                example = code.toString();
            } else if (line.startsWith("> [unroll:") && id != null) {
                cases.add(new Case(id, error, example, line.substring(2)));
                example = null;
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleGivesItsMessageOnTheMarkedLine() throws IOException {
        return cases().stream().filter(c -> c.example() != null).map(c -> DynamicTest.dynamicTest(
                c.message().substring(0, Math.min(90, c.message().length())), () -> check(c)));
    }

    private static void check(Case c) {
        assertTrue(c.message().startsWith("[" + c.id() + "]"), "a message under " + c.id() + ": " + c.message());
        assertEquals(1, c.example().split(Pattern.quote(MARK), -1).length - 1, "one marked line in " + c.id());
        JavaFileObject source = JavaFileObjects.forSourceString("doc.Example", HEADER + c.example());
        Compilation compilation = Compiler.javac()
                .withProcessors(new NetworkProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:none")
                .compile(source);
        if (c.error()) {
            assertThat(compilation).hadErrorContaining(c.message()).inFile(source).onLineContaining(MARK);
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(c.message()).inFile(source).onLineContaining(MARK);
        }
    }

    @Test
    void everyMessageOfTheProcessorIsDocumented() throws IOException {
        List<Case> cases = cases();
        for (Message message : Message.values()) {
            boolean documented = cases.stream().anyMatch(c -> c.error() == (message.kind() == Message.Kind.ERROR)
                    && c.id().equals(message.id()) && matches(message, c.message()));
            assertTrue(documented, message + " (" + message.id() + ") has no example in docs/diagnostics.md");
        }
    }

    /** Whether {@code text} is {@code message} with some arguments filled in. */
    private static boolean matches(Message message, String text) {
        StringBuilder regex = new StringBuilder(Pattern.quote("[" + message.id() + "] "));
        String[] literal = message.pattern().split("%,?[sd]", -1);
        for (int i = 0; i < literal.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(literal[i]));
        }
        return text.matches(regex.toString());
    }
}
