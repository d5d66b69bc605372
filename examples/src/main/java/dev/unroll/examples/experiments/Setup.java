package dev.unroll.examples.experiments;

import dev.unroll.DataSet;
import dev.unroll.FeatureScaler;
import dev.unroll.examples.FashionMnistData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data of an experiment: Fashion-MNIST split into training, validation (the last rows of the
 * training file, as Keras' {@code validation_split} takes them) and test sets, and a line saying
 * which set it is.
 */
record Setup(DataSet train, DataSet validation, DataSet test, String source) {
    /** Rows held out for validation from the full set's 60,000 (the published optimizer run used 55,000 + 5,000). */
    private static final int FULL_VALIDATION = 5_000;

    /**
     * The full set from Debian's {@code dataset-fashion-mnist} when it is installed and
     * {@code choice} is not {@code shipped}; the subset that ships with the project otherwise; or
     * the directory {@code choice} names.
     */
    static Setup load(String choice) throws IOException {
        Path directory;
        if (choice == null) {
            directory = Files.isDirectory(FashionMnistData.DEBIAN) ? FashionMnistData.DEBIAN : shipped();
        } else if (choice.equals("shipped")) {
            directory = shipped();
        } else if (choice.equals("full")) {
            directory = FashionMnistData.DEBIAN;
        } else {
            directory = Path.of(choice);
        }
        FashionMnistData data = FashionMnistData.load(directory);
        DataSet all = data.train();
        int validation = Math.min(FULL_VALIDATION, all.size() / 5);
        DataSet train = all.rows(0, all.size() - validation);
        String source = String.format("Fashion-MNIST from %s: %,d training, %,d validation and %,d test images",
                directory, train.size(), validation, data.test().size());
        return new Setup(train, all.rows(all.size() - validation, all.size()), data.test(), source);
    }

    private static Path shipped() {
        Path fromModule = FashionMnistData.SHIPPED;
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples").resolve(fromModule);
    }

    /** The same split with every feature standardized by the training set's mean and deviation. */
    Setup standardized() {
        FeatureScaler scaler = FeatureScaler.standardization(train);
        return new Setup(scaler.apply(train), scaler.apply(validation), scaler.apply(test), source + ", standardized");
    }
}
