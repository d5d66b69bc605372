package dev.unroll.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The processor declares itself to Gradle's incremental compilation, naming the class javac loads
 * (a rename of {@link NetworkProcessor} must not leave Gradle pointing at nothing).
 */
class PackagingTest {
    @Test
    void gradleKnowsTheProcessorIsIsolating() throws IOException {
        try (InputStream in = NetworkProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is on the processor's path");
            assertEquals(NetworkProcessor.class.getName() + ",isolating",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
