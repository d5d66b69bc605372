package dev.unroll.examples.experiments;

import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Claim: in a deep network the gradients vanish or explode, and Glorot and He initialization keep
 * the signal flowing. Ten hidden layers of sigmoid with N(0, 1) weights against Glorot, and of ReLU
 * with Glorot against He: each layer's gradient norm on the first batch, then ten epochs.
 */
final class VanishingGradients implements Experiment {
    static final int EPOCHS = 10;
    private static final int BATCH = 32;

    @Override public String name() {
        return "vanishing";
    }

    @Override public void run(Setup data, Output out) throws IOException {
        List<Model> nets = List.of(naive(UnrolledDeepNetworks_Sigmoid.create()), UnrolledDeepNetworks_Sigmoid.create(),
                UnrolledDeepNetworks_ReluGlorot.create(), UnrolledDeepNetworks_Relu.create());
        List<String> labels = List.of("sigmoid, N(0, 1)", "sigmoid, Glorot", "ReLU, Glorot", "ReLU, He");
        Charts.Series norms = new Charts.Series();
        List<double[]> initial = new ArrayList<>();
        List<String> saturation = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            double[] n = Stats.initialGradientNorms(nets.get(i), data.train(), BATCH);
            saturation.add(i < 2 ? Output.number("%.0f%%", 100 * saturated(nets.get(i))) : "–");
            initial.add(n);
            norms.add(labels.get(i), log10(n));
        }
        List<String> layers = Stats.denseLayers(nets.get(0)).stream().map(Layer::name).toList();
        out.chart(Charts.bars("Gradient norm of each layer's weights on the first batch", "layer",
                        "log10 ‖∂loss/∂W‖", layers, norms, false), "vanishing-gradient-norms",
                "Gradient norm per layer before training (log10; 0 is a norm of 1, -5 a norm of 0.00001)");
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            trials.add(Trial.run(labels.get(i), nets.get(i), data, EPOCHS));
        }
        Curves.chart(out, "vanishing", "Ten hidden layers", trials);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            double[] n = initial.get(i);
            rows.add(List.of(labels.get(i), Output.number("%.2e", n[0]), Output.number("%.2e", n[n.length - 2]),
                    Output.number("%.2e", n[n.length - 1]), Output.number("%.2g", n[0] / n[n.length - 2]),
                    saturation.get(i)));
        }
        out.table(List.of("network", "‖∂W‖ hidden1", "‖∂W‖ hidden10", "‖∂W‖ output", "hidden1 / hidden10",
                "saturated sigmoid outputs"), rows);
        Curves.table(out, "network", trials);
    }

    /** The share of hidden sigmoid outputs of the last pass below 0.01 or above 0.99, where the derivative is under 0.01. */
    private static double saturated(Model net) {
        long count = 0, saturated = 0;
        for (DenseLayer layer : Stats.hiddenLayers(net)) {
            for (float v : layer.outputs()) {
                count++;
                if (v < 0.01f || v > 0.99f) {
                    saturated++;
                }
            }
        }
        return (double) saturated / count;
    }

    private static double[] log10(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log10(values[i]);
        }
        return logs;
    }

    /** Every kernel replaced by samples of N(0, 1): the initialization used before Glorot and Bengio (2010). */
    private static Model naive(Model net) {
        Random random = new Random(42);
        for (DenseLayer dense : Stats.denseLayers(net)) {
            float[] kernel = new float[dense.inputSize() * dense.outputSize()];
            for (int i = 0; i < kernel.length; i++) {
                kernel[i] = (float) random.nextGaussian();
            }
            dense.setKernel(kernel);
        }
        return net;
    }
}
