package dev.unroll.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole generated class of small networks, compared as exact text with
 * {@code src/test/resources/golden/Unrolled<Name>.java}. Together they cover every layer kind, every
 * optimizer, every loss, the three clipping modes, a first layer that is not Dense and a loss fused
 * with an activation layer. After an intended change to the generated code, run the test once with
 * {@code UNROLL_UPDATE_GOLDEN=1} to rewrite the files, and review the diff like any other change.
 */
class GoldenFileTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"Golden", "GoldenSgd", "GoldenRmsprop", "GoldenFirstLayer", "GoldenActivations",
        "GoldenSelu", "GoldenChapter"})
    void generatedClassMatchesTheGoldenFile(String name) throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new NetworkProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:none")
                .compile(JavaFileObjects.forResource(DIR.resolve(name + ".java").toUri().toURL()));
        assertThat(compilation).succeeded();
        String generated = compilation.generatedSourceFile("golden.Unrolled" + name).orElseThrow()
                .getCharContent(true).toString();
        Path golden = DIR.resolve("Unrolled" + name + ".java");
        if (System.getenv("UNROLL_UPDATE_GOLDEN") != null) {
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated);
    }
}
