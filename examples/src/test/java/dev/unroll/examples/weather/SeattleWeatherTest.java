package dev.unroll.examples.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's tabular example, shortened: trains on the shipped CSV, saves, and the predict-only program reads the file. */
class SeattleWeatherTest {
    @TempDir
    Path dir;

    @Test
    void trainsSavesAndPredictsInAnotherProgram() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
        try {
            Path model = TrainSeattleWeather.train(5, dir);
            PredictSeattleWeather.main(new String[] {model.toString(), TrainSeattleWeather.DATA.toString()});
        } finally {
            System.setOut(original);
        }
        String out = text.toString(StandardCharsets.UTF_8);
        original.print(out);
        assertTrue(out.contains("label weather [drizzle, fog, rain, snow, sun]"), out);
        assertTrue(out.contains("Confusion matrix"), out);
        assertTrue(out.contains("weighted avg"), out);
        assertTrue(out.contains("inference only: true"), out);
        assertEquals(5, out.lines().filter(l -> l.startsWith("  precipitation ")).count(), out);
    }
}
