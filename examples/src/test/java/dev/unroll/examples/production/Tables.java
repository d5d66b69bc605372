package dev.unroll.examples.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Small CSV files: three named classes of points in two features of very different scales, with an id column. */
final class Tables {
    private Tables() {}

    static final String[] CLASSES = {"sun", "rain", "fog"};

    static Path weather(Path dir, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("id,temperature,pressure,weather\n");
        for (int i = 0; i < rows; i++) {
            int c = random.nextInt(3);
            double temperature = 10 + 8 * c + 2 * random.nextGaussian();
            double pressure = 1000 + 15 * ((c * 2) % 3) + 5 * random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "r%d,%.3f,%.3f,%s%n", i, temperature, pressure, CLASSES[c]));
        }
        Path file = dir.resolve("weather-" + seed + ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
