package dev.unroll.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 15, for real: a JVM that saves in a loop is killed with SIGKILL at random moments.
 * After every kill the target is a complete model file (the rename is atomic); leftovers of the
 * killed saves may exist, and the next save of the same target removes them all (their lock died
 * with the process).
 */
class KilledSaveTest {
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void theNextSaveRemovesWhatKilledSavesLeft() throws Exception {
        Path file = dir.resolve("model.unroll");
        Random random = new Random(15);
        int leftovers = 0;
        long lastWriter = 0;
        for (int k = 0; k < KILLS; k++) {
            Process child = start(file);
            lastWriter = child.pid();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine());
                Thread.sleep(20 + random.nextInt(150));
                child.destroyForcibly(); // SIGKILL on POSIX
                assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            }
            UnrolledNetworks_Normalized.create().load(file); // always a whole file
            leftovers = Math.max(leftovers, temporaries().size());
        }
        // one leftover whatever the kills hit: a non-empty temporary of a writer that is gone
        Path planted = dir.resolve(String.format(Locale.ROOT, ".unroll-%08x-%x-0badcafe.tmp", crc32(file),
                lastWriter));
        Files.write(planted, new byte[] {1, 2, 3});
        leftovers = Math.max(leftovers, temporaries().size());
        UnrolledNetworks_Normalized.create().save(file);
        for (String t : temporaries()) {
            System.out.println("left: " + t + " size " + Files.size(dir.resolve(t)) + " age "
                    + (System.currentTimeMillis() - Files.getLastModifiedTime(dir.resolve(t)).toMillis()));
        }
        assertTrue(leftovers > 0, "there were leftovers to remove");
        assertEquals(List.of(), temporaries(), "no leftovers after the next save");
        System.out.println("killed saves: " + KILLS + " kills, up to " + leftovers + " leftovers before the next save");
    }

    private static long crc32(Path file) {
        CRC32 crc = new CRC32();
        crc.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private List<String> temporaries() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    private static Process start(Path file) throws IOException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
