package dev.unroll.examples;

import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.LearningRateSchedule;
import dev.unroll.Training;
import java.io.IOException;
import java.util.Locale;

/**
 * Trains {@link FashionRemedies} for 20 epochs with the learning rate decaying exponentially to a
 * twentieth of its start, then reports the test accuracy. The per-epoch {@code val_} figures are
 * the test set, shown to watch the curve; no decision is taken on them. Arguments as for
 * {@link TrainFashionMlp}.
 */
public final class TrainFashionRemedies {
    private TrainFashionRemedies() {}

    public static void main(String[] args) throws IOException {
        String[] words = FashionMnistData.words(args);
        FashionMnistData data = FashionMnistData.fromArguments(words);
        int epochs = words.length > 1 ? Integer.parseInt(words[1]) : 20;
        FashionRemedies net = UnrolledFashionRemedies.create();
        System.out.print(net.summary());
        System.out.printf(Locale.ROOT, "%d training and %d test images from %s%n", data.train().size(),
                data.test().size(), data.directory());

        long steps = (long) Math.ceil(data.train().size() / (double) net.batchSize()) * epochs;
        History history = net.fit(data.train(), Training.epochs(epochs)
                .validationData(data.test())
                .schedule(LearningRateSchedule.exponentialDecay(1e-3, steps, 0.05)));
        Evaluation test = net.evaluate(data.test());
        System.out.printf(Locale.ROOT, "test accuracy %.4f, test loss %.4f after %d epochs; trained in %.1f s%n",
                test.accuracy(), test.loss(), history.epochs().size(), history.seconds());
    }
}
