package dev.unroll.examples;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adam;
import dev.unroll.DataSet;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Evaluation;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.Progress;
import dev.unroll.SGD;
import dev.unroll.Training;
import java.io.IOException;
import java.util.Locale;

/**
 * Transfer learning on Fashion-MNIST, the textbook set-up: network A learns the 8 classes other
 * than sandal (5) and shirt (6); network B, another class, learns "is it a shirt?" from sandals and
 * shirts, with only {@value #FEW} training images. B reuses A's hidden layers through {@code
 * copyLayersFrom}, first frozen (only its new output trains), then unfrozen with a small learning
 * rate; a B trained from scratch on the same images is the baseline. Arguments as {@link
 * TrainFashionMlp}'s (none: the subset shipped with the project). Its accuracies on the shipped subset
 * are in docs/training.md ("Frozen layers and transfer learning").
 */
public final class TransferFashion {
    static final int FEW = 200;

    private TransferFashion() {}

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @Adam
    public interface TaskA extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 8, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 784, loss = Loss.BINARY_CROSSENTROPY, batchSize = 32, seed = 43)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface TaskB extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 1, activation = SIGMOID) DenseLayer shirt();
    }

    public static void main(String[] args) throws IOException {
        String[] words = FashionMnistData.words(args);
        FashionMnistData data = FashionMnistData.fromArguments(words);
        DataSet trainA = eightClasses(data.train());
        DataSet trainB = shirtOrSandal(data.train(), FEW);
        DataSet testB = shirtOrSandal(data.test(), Integer.MAX_VALUE);
        Training quiet = Training.epochs(10).progress(Progress.SILENT);

        TaskA a = UnrolledTransferFashion_TaskA.create();
        a.fit(trainA, quiet);
        System.out.printf(Locale.ROOT, "A: %d images of 8 classes, test accuracy %.4f%n", trainA.size(),
                a.evaluate(eightClasses(data.test())).accuracy());

        TaskB scratch = UnrolledTransferFashion_TaskB.create();
        scratch.fit(trainB, Training.epochs(20).progress(Progress.SILENT));
        report("B from scratch", scratch.evaluate(testB), trainB.size(), testB.size());

        TaskB transferred = UnrolledTransferFashion_TaskB.create();
        transferred.copyLayersFrom(a, "hidden1", "hidden2");
        transferred.hidden1().setTrainable(false);
        transferred.hidden2().setTrainable(false);
        transferred.fit(trainB, Training.epochs(4).progress(Progress.SILENT));
        report("B on A's frozen layers, 4 epochs", transferred.evaluate(testB), trainB.size(), testB.size());
        transferred.hidden1().setTrainable(true);
        transferred.hidden2().setTrainable(true);
        transferred.setLearningRate(0.001);
        transferred.fit(trainB, Training.epochs(16).progress(Progress.SILENT));
        report("B, then unfrozen at lr 0.001, 16 epochs", transferred.evaluate(testB), trainB.size(), testB.size());
    }

    private static void report(String what, Evaluation result, int train, int test) {
        System.out.printf(Locale.ROOT, "%-42s trained on %d images: test accuracy %.4f on %d images%n", what, train,
                result.accuracy(), test);
    }

    /** Every image that is not a sandal (5) or a shirt (6), labels renumbered 0 to 7. */
    static DataSet eightClasses(DataSet data) {
        int rows = 0;
        for (int label : data.labels()) {
            rows += label == 5 || label == 6 ? 0 : 1;
        }
        float[] x = new float[rows * 784];
        int[] y = new int[rows];
        int at = 0;
        for (int i = 0; i < data.size(); i++) {
            int label = data.labels()[i];
            if (label != 5 && label != 6) {
                System.arraycopy(data.features(), i * 784, x, at * 784, 784);
                y[at++] = label < 5 ? label : label - 2;
            }
        }
        return DataSet.withLabels(x, 784, y);
    }

    /** The first {@code limit} sandals and shirts, with target 1 for a shirt. */
    static DataSet shirtOrSandal(DataSet data, int limit) {
        int rows = 0;
        for (int label : data.labels()) {
            rows += label == 5 || label == 6 ? 1 : 0;
        }
        rows = Math.min(rows, limit);
        float[] x = new float[rows * 784];
        float[] t = new float[rows];
        int at = 0;
        for (int i = 0; i < data.size() && at < rows; i++) {
            int label = data.labels()[i];
            if (label == 5 || label == 6) {
                System.arraycopy(data.features(), i * 784, x, at * 784, 784);
                t[at++] = label == 6 ? 1f : 0f;
            }
        }
        return DataSet.withTargets(x, 784, t, 1);
    }
}
