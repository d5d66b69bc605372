package dev.unroll.examples.experiments;

import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;

/** One network trained in an experiment: its label, its history, its test result and its time per epoch. */
record Trial(String label, History history, Evaluation test, double secondsPerEpoch) {
    /** Seed of the shuffling, the same for every trial so that only the network differs. */
    private static final long SHUFFLE_SEED = 2026;

    /** Trains {@code net} with {@code fit}, printing one line per epoch, and evaluates it on the test set. */
    static Trial run(String label, Model net, Setup setup, int epochs) {
        System.out.println("== " + label);
        History history = net.fit(setup.train(), Training.epochs(epochs).seed(SHUFFLE_SEED)
                .validationData(setup.validation()).progress(Progress.LINES));
        Evaluation test = net.evaluate(setup.test());
        System.out.printf("   test: %s%n", test);
        return new Trial(label, history, test, history.seconds() / history.epochs().size());
    }

    double[] validationAccuracy() {
        return history.validationAccuracy();
    }

    double[] loss() {
        return history.loss();
    }
}
