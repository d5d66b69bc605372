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
import org.junit.jupiter.api.Test;

/**
 * The whole generated class of a small network, compared as exact text with
 * {@code src/test/resources/golden/UnrolledGolden.java}. After an intended change to the generated
 * code, run the test once with {@code UNROLL_UPDATE_GOLDEN=1} to rewrite the file, and review the
 * diff like any other change.
 */
class GoldenFileTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @Test
    void generatedClassMatchesTheGoldenFile() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new NetworkProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:none")
                .compile(JavaFileObjects.forResource(DIR.resolve("Golden.java").toUri().toURL()));
        assertThat(compilation).succeeded();
        String generated = compilation.generatedSourceFile("golden.UnrolledGolden").orElseThrow()
                .getCharContent(true).toString();
        Path golden = DIR.resolve("UnrolledGolden.java");
        if (System.getenv("UNROLL_UPDATE_GOLDEN") != null) {
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated);
    }
}
