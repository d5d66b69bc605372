package dev.unroll.examples.experiments;

import dev.unroll.examples.FashionMnistData;
import java.io.IOException;
import java.util.List;

/**
 * Runs the experiments of docs/experiments.md:
 * {@code mvn -q -pl examples -am compile exec:exec -Dexperiment=<name> [data]} where name is one
 * of {@code vanishing}, {@code activations}, {@code selu}, {@code optimizers}, {@code batchnorm},
 * {@code regularization} or {@code all}, and data is {@code shipped} (the subset in the project), {@code full} (Debian's set)
 * or a directory; without it, the full set when it is installed, the shipped subset otherwise.
 */
public final class Experiments {
    static final List<Experiment> ALL = List.of(new VanishingGradients(), new Activations(),
            new SelfNormalization(), new Optimizers(), new BatchNormExperiment(),
            new Regularization());

    private Experiments() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        String[] words = FashionMnistData.words(args);
        List<Experiment> chosen = words.length == 0 ? List.of() : words[0].equals("all") ? ALL
                : ALL.stream().filter(e -> e.name().equals(words[0])).toList();
        if (chosen.isEmpty()) {
            System.err.println("Name an experiment: vanishing, activations, selu, optimizers, batchnorm, regularization or all"
                    + (words.length == 0 ? "" : " (not '" + words[0] + "')")
                    + ", e.g. mvn -q -pl examples -am compile exec:exec -Dexperiment=vanishing");
            System.exit(2);
        }
        Setup raw;
        try {
            raw = Setup.load(words.length > 1 ? words[1] : null);
        } catch (IOException e) {
            System.err.println("Cannot read Fashion-MNIST: " + e.getMessage());
            System.exit(1);
            return;
        }
        for (Experiment experiment : chosen) {
            Setup data = experiment.data(raw);
            System.out.println("# " + experiment.name() + " on " + data.source());
            Output out = new Output(experiment.name());
            out.text("*" + data.source() + "; JDK " + System.getProperty("java.version") + ".*");
            experiment.run(data, out);
            out.publish();
        }
    }
}
