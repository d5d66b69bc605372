package dev.unroll.examples.experiments;

import dev.unroll.DataSet;
import dev.unroll.DenseLayer;
import dev.unroll.Model;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * Claim: SELU keeps every layer's outputs near mean 0 and standard deviation 1 when the inputs are
 * standardized and the weights LeCun normal. Mean and deviation of each hidden layer's outputs of
 * the ten-layer SELU network, before and after training, under its conditions and with each
 * condition broken.
 */
final class SelfNormalization implements Experiment {
    static final int EPOCHS = 5;
    /** Rows whose activations are measured: 32 chunks of the batch size. */
    private static final int ROWS = 1024;

    private record Condition(String label, Supplier<Model> network, boolean standardized) {}

    private static final List<Condition> CONDITIONS = List.of(
            new Condition("LeCun normal, standardized inputs", UnrolledDeepNetworks_Selu::create, true),
            new Condition("Glorot uniform, standardized inputs", UnrolledDeepNetworks_SeluGlorot::create, true),
            new Condition("LeCun normal, raw pixels in [0, 1]", UnrolledDeepNetworks_Selu::create, false));

    /** Mean and standard deviation of each hidden layer's outputs. */
    record Profile(double[] mean, double[] deviation) {}

    @Override public String name() {
        return "selu";
    }

    @Override public void run(Setup raw, Output out) throws IOException {
        Setup standardized = raw.standardized();
        Charts.Series means = new Charts.Series(), deviations = new Charts.Series();
        List<List<String>> rows = new ArrayList<>();
        for (Condition c : CONDITIONS) {
            Setup data = c.standardized() ? standardized : raw;
            Model net = c.network().get();
            Profile before = profile(net, data.validation());
            Trial trial = Trial.run(c.label(), net, data, EPOCHS);
            Profile after = profile(net, data.validation());
            means.add(c.label() + ", initial", before.mean()).add(c.label() + ", trained", after.mean());
            deviations.add(c.label() + ", initial", before.deviation()).add(c.label() + ", trained", after.deviation());
            rows.add(row(c.label(), before, after, trial));
        }
        out.chart(paired(Charts.lines("SELU: standard deviation of each hidden layer's outputs", "hidden layer",
                "standard deviation", deviations, false)), "selu-deviation",
                "Standard deviation of each layer's outputs");
        out.chart(paired(Charts.lines("SELU: mean of each hidden layer's outputs", "hidden layer", "mean", means, false)),
                "selu-mean", "Mean of each layer's outputs");
        out.table(List.of("condition", "layer 1 mean / sd", "layer 5", "layer 10", "layer 10 after " + EPOCHS
                + " epochs", "test accuracy"), rows);
    }

    private static List<String> row(String label, Profile before, Profile after, Trial trial) {
        return List.of(label, meanAndDeviation(before, 0), meanAndDeviation(before, 4), meanAndDeviation(before, 9),
                meanAndDeviation(after, 9), Output.number("%.4f", trial.test().accuracy()));
    }

    private static String meanAndDeviation(Profile p, int layer) {
        return Output.number("%.2f", p.mean()[layer]) + " / " + Output.number("%.2f", p.deviation()[layer]);
    }

    private static final Color[] COLORS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115)};

    /** One colour per condition; its trained series dashed. */
    private static XYChart paired(XYChart chart) {
        for (int i = 0; i < CONDITIONS.size(); i++) {
            String label = CONDITIONS.get(i).label();
            for (String state : new String[] {", initial", ", trained"}) {
                XYSeries series = chart.getSeriesMap().get(label + state);
                series.setLineColor(COLORS[i]);
                series.setMarkerColor(COLORS[i]);
                if (state.equals(", trained")) {
                    series.setLineStyle(SeriesLines.DASH_DASH);
                }
            }
        }
        return chart;
    }

    /** Inference-mode statistics of every hidden Dense layer's outputs over the first {@link #ROWS} rows of {@code data}. */
    static Profile profile(Model net, DataSet data) {
        List<DenseLayer> hidden = Stats.hiddenLayers(net);
        double[] sum = new double[hidden.size()], squares = new double[hidden.size()];
        long rows = 0;
        int batch = net.batchSize();
        float[] out = new float[batch * net.outputSize()];
        for (int start = 0; start + batch <= Math.min(ROWS, data.size()); start += batch) {
            net.predict(data.rows(start, start + batch).features(), batch, out);
            for (int l = 0; l < hidden.size(); l++) {
                for (float v : hidden.get(l).outputs()) {
                    sum[l] += v;
                    squares[l] += (double) v * v;
                }
            }
            rows += batch;
        }
        double[] mean = new double[hidden.size()], deviation = new double[hidden.size()];
        for (int l = 0; l < hidden.size(); l++) {
            double count = (double) rows * hidden.get(l).outputSize();
            mean[l] = sum[l] / count;
            deviation[l] = Math.sqrt(Math.max(0, squares[l] / count - mean[l] * mean[l]));
        }
        return new Profile(mean, deviation);
    }
}
