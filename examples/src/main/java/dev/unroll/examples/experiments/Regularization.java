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
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Claim: weight penalties, dropout, max-norm and decoupled weight decay reduce overfitting, and
 * Monte Carlo dropout's samples tell confident predictions from doubtful ones. A 784-300-100-10
 * ReLU network (He normal, Adam 1e-3, batch 32) overfits the first 5,000 training images in 30
 * epochs, without regularization and with each remedy; then the dropout network predicts the test
 * set deterministically and with 1, 10 and 100 Monte Carlo samples.
 */
final class Regularization implements Experiment {
    static final int TRAIN = 5_000;
    static final int EPOCHS = 30;
    /** Monte Carlo samples of the largest average, and single passes behind the spread. */
    static final int SAMPLES = 100;
    static final double L2_PENALTY = 1e-4;

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
        @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL, l2 = L2_PENALTY) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL, l2 = L2_PENALTY) DenseLayer hidden2();
        @Dense(units = 10, activation = SOFTMAX, l2 = L2_PENALTY) DenseLayer output();
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

    /** A remedy, its network, and the L2 factor of its kernels (0 for none). */
    private record Contender(String label, Supplier<Model> network, double l2) {}

    static final String DROPOUT = "dropout 0.3 after each hidden layer";

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("none", UnrolledRegularization_Plain::create, 0),
            new Contender("L2 1e-4 (kernels)", UnrolledRegularization_L2::create, L2_PENALTY),
            new Contender(DROPOUT, UnrolledRegularization_WithDropout::create, 0),
            new Contender("max-norm 1 (hidden kernels)", UnrolledRegularization_MaxNorm::create, 0),
            new Contender("AdamW, weight decay 0.1", UnrolledRegularization_WeightDecay::create, 0));

    @Override public String name() {
        return "regularization";
    }

    /** The first {@link #TRAIN} training images only; the validation and test sets as everyone's. */
    @Override public Setup data(Setup raw) {
        int rows = Math.min(TRAIN, raw.train().size());
        return new Setup(raw.train().rows(0, rows), raw.validation(), raw.test(),
                raw.source() + String.format(", of which the first %,d training images are used", rows));
    }

    @Override public void run(Setup data, Output out) throws IOException {
        List<Trial> trials = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Model dropout = null;
        double l2Penalty = 0;
        for (Contender c : CONTENDERS) {
            Model net = c.network().get();
            Trial t = Trial.run(c.label(), net, data, EPOCHS);
            trials.add(t);
            Evaluation onTrain = net.evaluate(data.train());
            double[] validation = t.validationAccuracy();
            int best = 0;
            for (int e = 1; e < validation.length; e++) {
                best = validation[e] > validation[best] ? e : best;
            }
            double penalty = 0;
            for (DenseLayer d : Stats.denseLayers(net)) {
                double norm = Stats.norm(d.kernel());
                penalty += c.l2() * norm * norm;
            }
            if (c.l2() > 0) {
                l2Penalty = penalty;
            }
            rows.add(List.of(Output.number("%.4f", validation[best]) + " (" + (best + 1) + ")",
                    Output.number("%.4f", onTrain.accuracy()),
                    Output.number("%.4f", onTrain.accuracy() - t.test().accuracy()),
                    Output.number("%.4f", t.test().loss() - penalty)));
            if (c.label().equals(DROPOUT)) {
                dropout = net;
            }
        }
        chart(out, trials);
        Curves.table(out, "regularization", trials, List.of("best validation accuracy (epoch)",
                "training accuracy, epoch " + EPOCHS, "gap (training − test accuracy)", "test cross-entropy"), rows);
        out.text(String.format("Training accuracy is `evaluate` on the 5,000 training images after the last epoch (dropout"
                + " off); the curves' training accuracy and loss are `fit`'s means over each epoch's steps (dropout on,"
                + " weights moving). The L2 network's reported losses include its penalty, as in Keras (%s after the"
                + " last epoch); the test cross-entropy column leaves it out.", Output.number("%.4f", l2Penalty)));
        monteCarlo(out, dropout, data.test());
    }

    /** Training (solid) and validation (dashed) accuracy and loss per epoch, one colour per remedy; validation accuracy alone. */
    private static void chart(Output out, List<Trial> trials) throws IOException {
        Charts.Series accuracy = new Charts.Series(), loss = new Charts.Series(), validation = new Charts.Series();
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            validation.add(t.label(), t.validationAccuracy(), i);
            accuracy.add(t.label() + ", training", t.history().accuracy(), i)
                    .addDashed(t.label() + ", validation", t.validationAccuracy(), i);
            loss.add(t.label() + ", training", t.loss(), i)
                    .addDashed(t.label() + ", validation", t.history().validationLoss(), i);
        }
        String subject = "784-300-100-10 ReLU on 5,000 images";
        out.chart(Charts.lines(subject + ": accuracy", "epoch", "accuracy", accuracy, false), "regularization-accuracy",
                "Training (solid) and validation (dashed) accuracy per epoch");
        out.chart(Charts.lines(subject + ": loss", "epoch", "loss (log scale)", loss, true), "regularization-loss",
                "Training (solid) and validation (dashed) loss per epoch");
        out.chart(Charts.lines(subject + ": validation accuracy", "epoch", "validation accuracy", validation, false),
                "regularization-validation", "Validation accuracy per epoch alone, where the remedies differ");
    }

    /**
     * The dropout network's test predictions, deterministic and with 1, 10 and {@link #SAMPLES}
     * Monte Carlo samples: accuracy, mean confidence (the highest probability) on correct and wrong
     * predictions, and the spread of the predicted class's probability over {@link #SAMPLES} single
     * passes.
     */
    private static void monteCarlo(Output out, Model net, DataSet test) throws IOException {
        int n = test.size();
        float[] x = test.features();
        int[] labels = test.labels();
        System.out.println("== Monte Carlo dropout on " + n + " test images");
        long start = System.nanoTime();
        double[] deviation = spread(net, x, n, SAMPLES)[1];
        double spreadSeconds = (System.nanoTime() - start) / 1e9;
        float[] p = new float[n * net.outputSize()];
        List<List<String>> rows = new ArrayList<>();
        start = System.nanoTime();
        net.predict(x, n, p);
        rows.add(row("`predict` (dropout off)", Confidence.of(p, labels, deviation), (System.nanoTime() - start) / 1e9));
        for (int samples : new int[] {1, 10, SAMPLES}) {
            start = System.nanoTime();
            net.predictMonteCarlo(x, n, samples, p);
            double seconds = (System.nanoTime() - start) / 1e9;
            rows.add(row("`predictMonteCarlo`, " + samples + " sample" + (samples == 1 ? "" : "s"),
                    Confidence.of(p, labels, deviation), seconds));
        }
        out.text("Monte Carlo dropout on the " + String.format("%,d", n) + " test images, with the dropout network above."
                + " Confidence is the highest of an image's ten probabilities (of the mean, for Monte Carlo); spread is"
                + " the standard deviation of the predicted class's probability over " + SAMPLES + " single Monte Carlo"
                + " passes, averaged over the correct and over the wrong predictions of each row (" + SAMPLES
                + " passes: " + Output.number("%.1f", spreadSeconds) + " s).");
        out.table(List.of("dropout network, prediction", "test accuracy", "wrong", "confidence, correct",
                "confidence, wrong", "spread, correct", "spread, wrong", "seconds"), rows);
    }

    private static List<String> row(String label, Confidence c, double seconds) {
        return List.of(label, Output.number("%.4f", c.accuracy()), Integer.toString(c.wrong()),
                Output.number("%.3f", c.correctConfidence()), Output.number("%.3f", c.wrongConfidence()),
                Output.number("%.3f", c.correctSpread()), Output.number("%.3f", c.wrongSpread()),
                Output.number("%.2f", seconds));
    }

    /** Accuracy, and the mean confidence and spread of the correct and of the wrong predictions. */
    record Confidence(double accuracy, int wrong, double correctConfidence, double wrongConfidence,
                      double correctSpread, double wrongSpread) {
        /** From probabilities ({@code labels.length} rows), their labels and a spread per image and class. */
        static Confidence of(float[] probabilities, int[] labels, double[] spread) {
            int classes = probabilities.length / labels.length, right = 0;
            double[] confidence = new double[2], deviation = new double[2];
            for (int i = 0; i < labels.length; i++) {
                int best = 0;
                for (int j = 1; j < classes; j++) {
                    best = probabilities[i * classes + j] > probabilities[i * classes + best] ? j : best;
                }
                int k = best == labels[i] ? 0 : 1;
                right += 1 - k;
                confidence[k] += probabilities[i * classes + best];
                deviation[k] += spread[i * classes + best];
            }
            int wrong = labels.length - right;
            return new Confidence(right / (double) labels.length, wrong, confidence[0] / right, confidence[1] / wrong,
                    deviation[0] / right, deviation[1] / wrong);
        }
    }

    /**
     * Mean and standard deviation of each image's probabilities (per class, as {@code predict}
     * lays them out) over {@code samples} single Monte Carlo passes. A pass's masks depend on the
     * chunk a row falls in, not on earlier calls (see {@link Model#predictMonteCarlo}), so calling
     * {@code predictMonteCarlo(x, count, 1, out)} again would repeat the same pass; pass {@code s}
     * here puts {@code s} batches of padding rows before the images, which gives every chunk of
     * them a draw of its own while each row keeps its place within its chunk.
     */
    static double[][] spread(Model net, float[] x, int count, int samples) {
        int batch = net.batchSize(), in = net.inputSize(), k = net.outputSize();
        float[] shifted = new float[(batch * (samples - 1) + count) * in];
        float[] out = new float[(batch * (samples - 1) + count) * k];
        double[] sum = new double[count * k], squares = new double[count * k];
        for (int s = 0; s < samples; s++) {
            int offset = s * batch;
            System.arraycopy(x, 0, shifted, offset * in, count * in);
            net.predictMonteCarlo(shifted, offset + count, 1, out);
            for (int i = 0; i < count * k; i++) {
                double v = out[offset * k + i];
                sum[i] += v;
                squares[i] += v * v;
            }
        }
        double[] mean = new double[count * k], deviation = new double[count * k];
        for (int i = 0; i < count * k; i++) {
            mean[i] = sum[i] / samples;
            deviation[i] = Math.sqrt(Math.max(0, squares[i] / samples - mean[i] * mean[i]));
        }
        return new double[][] {mean, deviation};
    }
}
