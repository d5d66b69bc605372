package dev.unroll.examples;

import dev.unroll.DataSet;
import dev.unroll.Idx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the examples find Fashion-MNIST: the subset shipped in {@code data/fashion-mnist}, or a directory given. */
public record FashionMnistData(Path directory, DataSet train, DataSet test) {
    /** The subset that ships with the project, relative to the examples module. */
    public static final Path SHIPPED = Path.of("data/fashion-mnist");
    /** Where Debian's {@code dataset-fashion-mnist} package puts the full set. */
    public static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    /**
     * The data named by the command line: no argument for the shipped subset, {@code full} for
     * Debian's full set, or a directory holding the four IDX files.
     */
    public static FashionMnistData fromArguments(String[] args) throws IOException {
        String[] words = words(args);
        Path directory = words.length == 0 ? shipped() : words[0].equals("full") ? DEBIAN : Path.of(words[0]);
        return load(directory);
    }

    /**
     * The command-line words, also when Maven passes them as one string
     * ({@code -Dexample.args="full 10"} arrives as a single argument, or as an empty one).
     */
    public static String[] words(String[] args) {
        String joined = String.join(" ", args).strip();
        return joined.isEmpty() ? new String[0] : joined.split("\\s+");
    }

    /** Reads the four standard files; pixels become features in [0, 1]. */
    public static FashionMnistData load(Path directory) throws IOException {
        DataSet train = Idx.read(directory.resolve("train-images-idx3-ubyte.gz"),
                directory.resolve("train-labels-idx1-ubyte.gz"), 1f / 255);
        DataSet test = Idx.read(directory.resolve("t10k-images-idx3-ubyte.gz"),
                directory.resolve("t10k-labels-idx1-ubyte.gz"), 1f / 255);
        return new FashionMnistData(directory, train, test);
    }

    /** The shipped subset, found from the examples module or the project root. */
    static Path shipped() {
        return Files.isDirectory(SHIPPED) ? SHIPPED : Path.of("examples").resolve(SHIPPED);
    }
}
