package dev.unroll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code evaluate} measured on a data set, in inference mode: the mean loss and the
 * accuracy (share of rows whose predicted class is right for the cross-entropies; share of outputs
 * on the right side of 0.5 for binary cross-entropy; NaN for regression losses), and
 * <ul>
 *   <li>for classifiers (sparse or categorical cross-entropy, or binary cross-entropy with one
 *   output): the confusion matrix, per-class precision, recall, F1 and support, their macro and
 *   weighted averages, and top-k accuracy;</li>
 *   <li>for regression losses: mean absolute error, root mean squared error and R² (over all
 *   outputs: the mean of each output's R², as Keras' {@code R2Score} with uniform averaging).</li>
 * </ul>
 * Metrics that do not apply are NaN (or an empty matrix). {@link #toString()} prints a report for a terminal.
 */
public final class Evaluation {
    private final double loss;
    private final double accuracy;
    private final int count;
    private final List<String> classes;
    private final long[][] confusion;
    private final long[] ranks;
    private final double meanAbsoluteError;
    private final double rootMeanSquaredError;
    private final double r2;

    /** Loss and accuracy only. */
    public Evaluation(double loss, double accuracy, int count) {
        this(loss, accuracy, count, List.of(), new long[0][], new long[0], Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * Everything (made by {@code evaluate}): {@code confusion[t][p]} counts rows of true class t
     * predicted as p; {@code ranks[r]} counts rows whose true class had r outputs strictly above it.
     */
    public Evaluation(double loss, double accuracy, int count, List<String> classes, long[][] confusion, long[] ranks,
                      double meanAbsoluteError, double rootMeanSquaredError, double r2) {
        this.loss = loss;
        this.accuracy = accuracy;
        this.count = count;
        this.classes = List.copyOf(classes);
        this.confusion = new long[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            this.confusion[i] = confusion[i].clone();
        }
        this.ranks = ranks.clone();
        this.meanAbsoluteError = meanAbsoluteError;
        this.rootMeanSquaredError = rootMeanSquaredError;
        this.r2 = r2;
    }

    public double loss() {
        return loss;
    }

    public double accuracy() {
        return accuracy;
    }

    public int count() {
        return count;
    }

    /** Number of classes of the confusion matrix; 0 when the network is not a classifier. */
    public int classCount() {
        return confusion.length;
    }

    /** The class names (from the model's preprocessing, or "0", "1", ...); empty for regression. */
    public List<String> classNames() {
        if (!classes.isEmpty() || confusion.length == 0) {
            return classes;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < confusion.length; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** {@code [true class][predicted class]} counts (a copy). */
    public long[][] confusionMatrix() {
        long[][] copy = new long[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Rows whose true class is {@code c}. */
    public long support(int c) {
        long sum = 0;
        for (long v : confusion[c]) {
            sum += v;
        }
        return sum;
    }

    private long predicted(int c) {
        long sum = 0;
        for (long[] row : confusion) {
            sum += row[c];
        }
        return sum;
    }

    /** Of the rows predicted as {@code c}, the share that are {@code c} (0 when none is predicted as c, as scikit-learn). */
    public double precision(int c) {
        long p = predicted(c);
        return p == 0 ? 0 : (double) confusion[c][c] / p;
    }

    /** Of the rows of class {@code c}, the share predicted as {@code c} (0 without such rows). */
    public double recall(int c) {
        long s = support(c);
        return s == 0 ? 0 : (double) confusion[c][c] / s;
    }

    /** The harmonic mean of precision and recall (0 when both are 0). */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean over classes; NaN for regression. */
    public double macroPrecision() {
        return average(0, false);
    }

    public double macroRecall() {
        return average(1, false);
    }

    public double macroF1() {
        return average(2, false);
    }

    /** The mean over classes weighted by their support; NaN for regression. */
    public double weightedPrecision() {
        return average(0, true);
    }

    public double weightedRecall() {
        return average(1, true);
    }

    public double weightedF1() {
        return average(2, true);
    }

    private double metric(int which, int c) {
        return which == 0 ? precision(c) : which == 1 ? recall(c) : f1(c);
    }

    private double average(int which, boolean weighted) {
        if (confusion.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long total = 0;
        for (int c = 0; c < confusion.length; c++) {
            long w = weighted ? support(c) : 1;
            sum += w * metric(which, c);
            total += w;
        }
        return total == 0 ? Double.NaN : sum / total;
    }

    /**
     * The share of rows whose true class is among the {@code k} highest outputs (Keras'
     * {@code TopKCategoricalAccuracy}; ties go in the true class's favour); NaN for regression.
     */
    public double topKAccuracy(int k) {
        if (ranks.length == 0) {
            return Double.NaN;
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        long right = 0;
        long all = 0;
        for (int r = 0; r < ranks.length; r++) {
            all += ranks[r];
            right += r < k ? ranks[r] : 0;
        }
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /** Mean of |y − t| over all outputs; NaN for classifiers. */
    public double meanAbsoluteError() {
        return meanAbsoluteError;
    }

    /** Square root of the mean of (y − t)² over all outputs; NaN for classifiers. */
    public double rootMeanSquaredError() {
        return rootMeanSquaredError;
    }

    /** The coefficient of determination, 1 − SS_res / SS_tot per output, averaged over outputs; NaN for classifiers. */
    public double r2() {
        return r2;
    }

    @Override public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(Double.isNaN(accuracy) ? String.format(Locale.ROOT, "loss %.4f", loss)
                : String.format(Locale.ROOT, "loss %.4f, accuracy %.4f", loss, accuracy));
        if (!Double.isNaN(rootMeanSquaredError)) {
            s.append(String.format(Locale.ROOT, ", mae %.4f, rmse %.4f, r2 %.4f", meanAbsoluteError,
                    rootMeanSquaredError, r2));
        }
        s.append(String.format(Locale.ROOT, " on %d examples", count));
        if (confusion.length > 2 && ranks.length > 2) {
            s.append(String.format(Locale.ROOT, ", top-2 accuracy %.4f", topKAccuracy(2)));
        }
        if (confusion.length == 0) {
            return s.toString();
        }
        List<String> names = classNames();
        int width = "weighted avg".length();
        for (String n : names) {
            width = Math.max(width, n.length());
        }
        int cell = 7;
        for (long[] row : confusion) {
            for (long v : row) {
                cell = Math.max(cell, Long.toString(v).length() + 1);
            }
        }
        for (String n : names) {
            cell = Math.max(cell, Math.min(n.length(), 12) + 1);
        }
        s.append("\n\nConfusion matrix (rows: true class, columns: predicted)\n");
        s.append(" ".repeat(width));
        for (String n : names) {
            s.append(pad(n.length() > 12 ? n.substring(0, 12) : n, cell));
        }
        s.append('\n');
        for (int t = 0; t < confusion.length; t++) {
            s.append(String.format(Locale.ROOT, "%-" + width + "s", names.get(t)));
            for (long v : confusion[t]) {
                s.append(pad(Long.toString(v), cell));
            }
            s.append('\n');
        }
        s.append('\n').append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %9s %9s%n", "", "precision",
                "recall", "f1", "support"));
        for (int c = 0; c < confusion.length; c++) {
            s.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %9.4f %9d%n", names.get(c), precision(c),
                    recall(c), f1(c), support(c)));
        }
        s.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %9.4f %9d%n", "macro avg", macroPrecision(),
                macroRecall(), macroF1(), count));
        s.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %9.4f %9d", "weighted avg",
                weightedPrecision(), weightedRecall(), weightedF1(), count));
        return s.toString();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(1, width - text.length())) + text;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Evaluation e && Double.compare(loss, e.loss) == 0
                && Double.compare(accuracy, e.accuracy) == 0 && count == e.count && toString().equals(e.toString());
    }

    @Override public int hashCode() {
        return Objects.hash(loss, accuracy, count);
    }
}
