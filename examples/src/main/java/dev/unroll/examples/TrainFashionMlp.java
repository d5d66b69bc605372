package dev.unroll.examples;

import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Training;
import java.io.IOException;
import java.util.Locale;

/**
 * Trains {@link FashionMlp} on Fashion-MNIST with {@code fit} and reports the test accuracy.
 * Arguments: none for the subset shipped with the project, {@code full} for Debian's full set, or
 * a directory with the four IDX files; then the number of epochs (default 5).
 */
public final class TrainFashionMlp {
    private TrainFashionMlp() {}

    public static void main(String[] args) throws IOException {
        String[] words = FashionMnistData.words(args);
        FashionMnistData data = FashionMnistData.fromArguments(words);
        int epochs = words.length > 1 ? Integer.parseInt(words[1]) : 5;
        FashionMlp net = UnrolledFashionMlp.create();
        System.out.print(net.summary());
        System.out.printf(Locale.ROOT, "%d training and %d test images from %s%n", data.train().size(),
                data.test().size(), data.directory());

        History history = net.fit(data.train(), Training.epochs(epochs).batchSize(32));
        Evaluation test = net.evaluate(data.test());
        System.out.printf(Locale.ROOT, "test accuracy %.4f, test loss %.4f; trained in %.1f s%n", test.accuracy(),
                test.loss(), history.seconds());
    }
}
