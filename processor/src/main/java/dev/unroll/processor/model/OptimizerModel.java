package dev.unroll.processor.model;

/** The network's optimizer, from simple to complex. */
public sealed interface OptimizerModel {
    Origin origin();

    double learningRate();

    ClipModel clip();

    /** The annotation's simple name. */
    String kind();

    record Sgd(Origin origin, double learningRate, double momentum, boolean nesterov, ClipModel clip)
            implements OptimizerModel {
        @Override public String kind() {
            return "SGD";
        }
    }

    record Adagrad(Origin origin, double learningRate, double initialAccumulatorValue, double epsilon, ClipModel clip)
            implements OptimizerModel {
        @Override public String kind() {
            return "Adagrad";
        }
    }

    record Rmsprop(Origin origin, double learningRate, double rho, double momentum, double epsilon, boolean centered,
                   ClipModel clip) implements OptimizerModel {
        @Override public String kind() {
            return "RMSprop";
        }
    }

    record Adam(Origin origin, double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad,
                ClipModel clip) implements OptimizerModel {
        @Override public String kind() {
            return "Adam";
        }
    }
}
