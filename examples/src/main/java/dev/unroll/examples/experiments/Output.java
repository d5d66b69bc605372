package dev.unroll.examples.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Where an experiment's results go: its charts as PNG files under {@code docs/experiments/}, and
 * its tables into its own section of {@code docs/experiments.md}, between the markers
 * {@code <!-- name:begin -->} and {@code <!-- name:end -->}, leaving the rest of the page (the
 * reading of the results) as written.
 */
final class Output {
    private final Path docs;
    private final String name;
    private final StringBuilder section = new StringBuilder();

    /** Output into the project's {@code docs}, from the project root or the examples module. */
    Output(String name) {
        this(name, Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("..", "docs"));
    }

    Output(String name, Path docs) {
        this.name = name;
        this.docs = docs;
    }

    /** Writes {@code chart} as {@code docs/experiments/<file>.png} and adds it to the section. */
    void chart(Chart<?, ?> chart, String file, String caption) throws IOException {
        Path png = docs.resolve("experiments").resolve(file + ".png");
        Files.createDirectories(png.getParent());
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("wrote " + png.normalize());
        section.append("![").append(caption).append("](experiments/").append(file).append(".png)\n\n");
    }

    void text(String markdown) {
        section.append(markdown).append("\n\n");
    }

    /** A markdown table. */
    void table(List<String> header, List<List<String>> rows) {
        section.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            section.append(i == 0 ? "---|" : "---:|");
        }
        section.append('\n');
        for (List<String> row : rows) {
            section.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        section.append('\n');
    }

    static String number(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** Replaces this experiment's section of {@code docs/experiments.md} with what was added. */
    void publish() throws IOException {
        Path page = docs.resolve("experiments.md");
        String begin = "<!-- " + name + ":begin -->", end = "<!-- " + name + ":end -->";
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int from = text.indexOf(begin), to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(page + " has no section " + begin + " … " + end + " for this experiment");
        }
        String updated = text.substring(0, from + begin.length()) + "\n" + section + text.substring(to);
        Files.writeString(page, updated, StandardCharsets.UTF_8);
        System.out.println("updated " + page.normalize() + " (" + name + ")");
    }
}
