package dev.unroll.runtime;

import dev.unroll.Evaluation;
import dev.unroll.Loss;
import java.util.List;

/**
 * The counts and sums behind {@link Evaluation}'s metrics, accumulated batch by batch from the
 * output buffer: a confusion matrix and the rank of the true class for classifiers, error sums and
 * per-output target moments for regression. Allocated once per evaluation; {@link #add} allocates nothing.
 */
final class Metrics {
    private final Loss loss;
    private final int n;
    /** Classes of the confusion matrix (n, or 2 for one sigmoid output); 0 for regression and multi-label outputs. */
    private final int classes;
    private final long[][] confusion;
    private final long[] ranks;
    private double absoluteErrors;
    private final double[] squaredErrors;
    private final double[] targetSums;
    private final double[] targetSquares;
    private long rows;

    Metrics(Loss loss, int outputs) {
        this.loss = loss;
        this.n = outputs;
        boolean classifier = Accuracy.isClassifier(loss);
        this.classes = !classifier ? 0 : loss == Loss.BINARY_CROSSENTROPY ? (outputs == 1 ? 2 : 0) : outputs;
        this.confusion = new long[classes][classes];
        this.ranks = loss == Loss.BINARY_CROSSENTROPY ? new long[0] : new long[classes];
        int regression = classifier ? 0 : outputs;
        this.squaredErrors = new double[regression];
        this.targetSums = new double[regression];
        this.targetSquares = new double[regression];
    }

    /** Adds {@code count} rows of outputs (at row distance {@code stride}) against their labels or targets. */
    void add(float[] out, int stride, int count, int[] labels, float[] targets) {
        rows += count;
        if (classes > 0) {
            for (int i = 0; i < count; i++) {
                int row = i * stride;
                int truth = labels != null ? labels[i] : loss == Loss.BINARY_CROSSENTROPY
                        ? (targets[i] >= 0.5f ? 1 : 0) : Accuracy.argmax(targets, i * n, n);
                confusion[truth][Accuracy.predictedClass(out, row, n)]++;
                if (ranks.length > 0) {
                    int above = 0;
                    for (int j = 0; j < n; j++) {
                        above += out[row + j] > out[row + truth] ? 1 : 0;
                    }
                    ranks[above]++;
                }
            }
        } else if (squaredErrors.length > 0) {
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < n; j++) {
                    double t = targets[i * n + j];
                    double e = out[i * stride + j] - t;
                    absoluteErrors += Math.abs(e);
                    squaredErrors[j] += e * e;
                    targetSums[j] += t;
                    targetSquares[j] += t * t;
                }
            }
        }
    }

    Evaluation result(double meanLoss, double accuracy, int count, List<String> names) {
        if (squaredErrors.length == 0 || rows == 0) {
            return new Evaluation(meanLoss, accuracy, count, classes > 0 && names.size() == classes ? names : List.of(),
                    confusion, ranks, Double.NaN, Double.NaN, Double.NaN);
        }
        double squared = 0;
        double r2 = 0;
        for (int j = 0; j < n; j++) {
            squared += squaredErrors[j];
            double mean = targetSums[j] / rows;
            double total = targetSquares[j] - rows * mean * mean;
            // a constant target: Keras' R2Score gives 0 there (and 1 for a perfect fit of it)
            r2 += total > 0 ? 1 - squaredErrors[j] / total : squaredErrors[j] == 0 ? 1 : 0;
        }
        double outputs = (double) rows * n;
        return new Evaluation(meanLoss, accuracy, count, List.of(), new long[0][], new long[0],
                absoluteErrors / outputs, Math.sqrt(squared / outputs), r2 / n);
    }
}
