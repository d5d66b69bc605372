package dev.unroll.examples;

import dev.unroll.data.DataSet;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Trains {@link FashionMlp} on Fashion-MNIST with a plain loop over {@code trainBatch}: loss per
 * epoch, then test accuracy. Arguments: none for the shipped subset, {@code full} for Debian's full
 * set, or a directory with the four IDX files; then the number of epochs (default 5).
 */
public final class TrainFashionMlp {
    private TrainFashionMlp() {}

    public static void main(String[] args) throws IOException {
        FashionMnistData data = FashionMnistData.fromArguments(args);
        String[] words = FashionMnistData.words(args);
        int epochs = words.length > 1 ? Integer.parseInt(words[1]) : 5;
        FashionMlp net = UnrolledFashionMlp.create();
        System.out.print(net.summary());
        System.out.printf(Locale.ROOT, "%d training and %d test images from %s%n", data.train().size(),
                data.test().size(), data.directory());

        DataSet train = data.train();
        int batch = net.batchSize();
        float[] x = new float[batch * net.inputSize()];
        int[] labels = new int[batch];
        int[] order = identity(train.size());
        SplittableRandom random = new SplittableRandom(42);
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < order.length; from += batch) {
                int count = Math.min(batch, order.length - from);
                train.copyBatch(order, from, count, x, labels);
                lossSum += net.trainBatch(x, labels, count);
                batches++;
            }
            System.out.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  %.1f s%n", epoch, epochs, lossSum / batches,
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "test accuracy %.4f%n", accuracy(net, data.test()));
    }

    static double accuracy(FashionMlp net, DataSet test) {
        float[] probabilities = new float[test.size() * net.outputSize()];
        net.predict(test.features(), test.size(), probabilities);
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            int best = 0;
            for (int j = 1; j < net.outputSize(); j++) {
                if (probabilities[i * net.outputSize() + j] > probabilities[i * net.outputSize() + best]) {
                    best = j;
                }
            }
            correct += best == test.label(i) ? 1 : 0;
        }
        return (double) correct / test.size();
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
