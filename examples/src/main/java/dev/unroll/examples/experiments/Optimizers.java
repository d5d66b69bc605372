package dev.unroll.examples.experiments;

import dev.unroll.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Claim: momentum, Nesterov, AdaGrad, RMSProp, Adam and its successors (Nadam, Adamax, AdamW) train
 * faster than plain gradient descent, and AdaGrad can stall. Three hidden layers of 100 ReLU units (He), learning rate 0.001 for all,
 * ten epochs, next to a published run of the same set-up.
 */
final class Optimizers implements Experiment {
    static final int EPOCHS = 10;

    /** An optimizer, its network, and the published validation accuracy (NaN where none was given). */
    private record Contender(String optimizer, Supplier<Model> network, double published) {}

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("SGD", UnrolledOptimizerNetworks_SgdMlp::create, 0.867),
            new Contender("momentum", UnrolledOptimizerNetworks_MomentumMlp::create, Double.NaN),
            new Contender("Nesterov", UnrolledOptimizerNetworks_NesterovMlp::create, 0.871),
            new Contender("AdaGrad", UnrolledOptimizerNetworks_AdaGradMlp::create, 0.842),
            new Contender("RMSProp", UnrolledOptimizerNetworks_RmsPropMlp::create, 0.864),
            new Contender("Adam", UnrolledOptimizerNetworks_AdamMlp::create, 0.870),
            new Contender("Nadam", UnrolledOptimizerNetworks_NadamMlp::create, Double.NaN),
            new Contender("Adamax", UnrolledOptimizerNetworks_AdamaxMlp::create, Double.NaN),
            new Contender("AdamW (weight decay 0.004)", UnrolledOptimizerNetworks_AdamWMlp::create, Double.NaN));

    @Override public String name() {
        return "optimizers";
    }

    @Override public void run(Setup data, Output out) throws IOException {
        List<Trial> trials = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Contender c : CONTENDERS) {
            Trial t = Trial.run(c.optimizer(), c.network().get(), data, EPOCHS);
            trials.add(t);
            double[] loss = t.loss();
            rows.add(List.of(Output.number("%.4f", loss[loss.length - 1]),
                    Double.isNaN(c.published()) ? "–" : Output.number("%.3f", c.published())));
        }
        Curves.chart(out, "optimizers", "3 × Dense(100, ReLU, He), learning rate 0.001", trials);
        Curves.table(out, "optimizer", trials, List.of("training loss, epoch " + EPOCHS,
                "published validation accuracy, epoch " + EPOCHS), rows);
    }
}
