package dev.unroll.examples.experiments;

import dev.unroll.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Claim: non-saturating activations (leaky ReLU, RReLU, PReLU, ELU, SELU) train deep networks
 * better than sigmoid. The same ten-layer network with each activation and the initialization the
 * seed pairs it with, on standardized inputs (SELU's condition, given to all for fairness).
 */
final class Activations implements Experiment {
    static final int EPOCHS = 10;

    private record Contender(String activation, String initialization, Supplier<Model> network) {}

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("sigmoid", "Glorot uniform", UnrolledDeepNetworks_Sigmoid::create),
            new Contender("tanh", "Glorot uniform", UnrolledDeepNetworks_Tanh::create),
            new Contender("ReLU", "He normal", UnrolledDeepNetworks_Relu::create),
            new Contender("leaky ReLU (0.2)", "He normal", UnrolledDeepNetworks_LeakyRelu::create),
            new Contender("RReLU", "He normal", UnrolledDeepNetworks_Rrelu::create),
            new Contender("PReLU", "He normal", UnrolledDeepNetworks_Prelu::create),
            new Contender("ELU", "He normal", UnrolledDeepNetworks_Elu::create),
            new Contender("SELU", "LeCun normal", UnrolledDeepNetworks_Selu::create));

    @Override public String name() {
        return "activations";
    }

    @Override public Setup data(Setup raw) {
        return raw.standardized();
    }

    @Override public void run(Setup data, Output out) throws IOException {
        List<Trial> trials = new ArrayList<>();
        for (Contender c : CONTENDERS) {
            trials.add(Trial.run(c.activation() + ", " + c.initialization(), c.network().get(), data, EPOCHS));
        }
        Curves.chart(out, "activations", "Ten hidden layers, by activation", trials);
        Charts.Series close = new Charts.Series();
        for (int i = 1; i < trials.size(); i++) {
            close.add(trials.get(i).label(), trials.get(i).validationAccuracy(), i);
        }
        out.chart(Charts.lines("The same without sigmoid (it stays at 0.10)", "epoch", "validation accuracy", close, false),
                "activations-accuracy-close", "Validation accuracy per epoch, sigmoid left out so the others can be told apart");
        Curves.table(out, "activation, initialization", trials);
    }
}
