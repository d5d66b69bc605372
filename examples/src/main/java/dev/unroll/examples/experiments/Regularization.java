package dev.unroll.examples.experiments;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adam;
import dev.unroll.AdamW;
import dev.unroll.DataSet;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Dropout;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.Progress;
import dev.unroll.Training;
import dev.unroll.examples.FashionMnistData;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Experiment 6 of docs/experiments.md, on its own (not part of {@link Experiments}' harness and
 * charts; its tables were pasted into the page by hand): overfitting 5,000 Fashion-MNIST images with a 784-300-100-10 ReLU network for 30 epochs,
 * without regularization, with an L2 penalty, with dropout, with max-norm and with AdamW; then Monte
 * Carlo dropout with 1 and 100 samples on the dropout network. Prints a Markdown table.
 * {@code mvn -q -pl examples -am compile exec:exec -Dexample.main=dev.unroll.examples.experiments.Regularization}
 * (optional argument: {@code full} or a directory, as the other examples).
 */
public final class Regularization {
    static final int TRAIN = 5_000;
    static final int EPOCHS = 30;

    private Regularization() {}

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 6)
    @Adam
    interface Plain extends Model {
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 6)
    @Adam
    interface L2 extends Model {
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden2();
        @Dense(units = 10, activation = SOFTMAX, l2 = 1e-4) DenseLayer output();
    }

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 6)
    @Adam
    interface WithDropout extends Model {
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dropout(rate = 0.3) Layer dropout2();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 6)
    @Adam
    interface MaxNorm extends Model {
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL, maxNorm = 1) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL, maxNorm = 1) DenseLayer hidden2();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 6)
    @AdamW(weightDecay = 0.1)
    interface WeightDecay extends Model {
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    public static void main(String[] args) throws IOException {
        FashionMnistData data = FashionMnistData.fromArguments(FashionMnistData.words(args));
        DataSet train = data.train().rows(0, TRAIN);
        DataSet test = data.test();
        Map<String, Supplier<Model>> nets = new LinkedHashMap<>();
        nets.put("none", UnrolledRegularization_Plain::create);
        nets.put("L2 1e-4 (kernels)", UnrolledRegularization_L2::create);
        nets.put("dropout 0.3 after each hidden layer", UnrolledRegularization_WithDropout::create);
        nets.put("max-norm 1 (hidden kernels)", UnrolledRegularization_MaxNorm::create);
        nets.put("AdamW, weight decay 0.1", UnrolledRegularization_WeightDecay::create);
        System.out.printf(Locale.ROOT, "%d training images, %d test images (%s), %d epochs at batch 32, Adam 1e-3%n%n",
                train.size(), test.size(), data.directory(), EPOCHS);
        System.out.println("| regularization | train accuracy | test accuracy | gap | test loss | best test accuracy (epoch) |");
        System.out.println("|---|---|---|---|---|---|");
        Model dropout = null;
        for (Map.Entry<String, Supplier<Model>> entry : nets.entrySet()) {
            Model net = entry.getValue().get();
            History history = net.fit(train, Training.epochs(EPOCHS).validationData(test).progress(Progress.SILENT));
            Evaluation onTrain = net.evaluate(train);
            Evaluation onTest = net.evaluate(test);
            double[] validation = history.validationAccuracy();
            int best = 0;
            for (int e = 1; e < validation.length; e++) {
                best = validation[e] > validation[best] ? e : best;
            }
            System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f (%d) |%n", entry.getKey(),
                    onTrain.accuracy(), onTest.accuracy(), onTrain.accuracy() - onTest.accuracy(), onTest.loss(),
                    validation[best], best + 1);
            if (entry.getKey().startsWith("dropout")) {
                dropout = net;
            }
        }
        System.out.println();
        System.out.println("| dropout network, prediction | test accuracy |");
        System.out.println("|---|---|");
        float[] out = new float[test.size() * 10];
        dropout.predict(test.features(), test.size(), out);
        System.out.printf(Locale.ROOT, "| predict (dropout off) | %.4f |%n", accuracy(out, test.labels()));
        for (int samples : new int[] {1, 10, 100}) {
            long start = System.nanoTime();
            dropout.predictMonteCarlo(test.features(), test.size(), samples, out);
            System.out.printf(Locale.ROOT, "| predictMonteCarlo, %d sample%s (%.2f s) | %.4f |%n", samples,
                    samples == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, accuracy(out, test.labels()));
        }
    }

    private static double accuracy(float[] probabilities, int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int j = 1; j < 10; j++) {
                best = probabilities[i * 10 + j] > probabilities[i * 10 + best] ? j : best;
            }
            right += best == labels[i] ? 1 : 0;
        }
        return right / (double) labels.length;
    }
}
