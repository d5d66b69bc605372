package dev.unroll.processor.model;

import java.util.ArrayList;
import java.util.List;

/** The network's optimizer, from simple to complex. */
public sealed interface OptimizerModel {
    Origin origin();

    double learningRate();

    ClipModel clip();

    /** Decoupled weight decay: {@code w -= w wd lr} before each step; 0 = off. */
    double weightDecay();

    /** The annotation's simple name. */
    String kind();

    /**
     * The state it keeps for each parameter array, by the names saved files use ({@code m},
     * {@code v}, {@code velocity}...), in the order they are stored.
     */
    List<String> slots();

    record Sgd(Origin origin, double learningRate, double momentum, boolean nesterov, ClipModel clip,
                double weightDecay)
            implements OptimizerModel {
        @Override public String kind() {
            return "SGD";
        }

        @Override public List<String> slots() {
            return momentum > 0 ? List.of("velocity") : List.of();
        }
    }

    record Adagrad(Origin origin, double learningRate, double initialAccumulatorValue, double epsilon, ClipModel clip,
                    double weightDecay)
            implements OptimizerModel {
        @Override public String kind() {
            return "Adagrad";
        }

        @Override public List<String> slots() {
            return List.of("accumulator");
        }
    }

    record Rmsprop(Origin origin, double learningRate, double rho, double momentum, double epsilon, boolean centered,
                   ClipModel clip, double weightDecay) implements OptimizerModel {
        @Override public String kind() {
            return "RMSprop";
        }

        @Override public List<String> slots() {
            List<String> slots = new ArrayList<>(List.of("mean_square"));
            if (centered) {
                slots.add("mean_gradient");
            }
            if (momentum > 0) {
                slots.add("velocity");
            }
            return slots;
        }
    }

    /** {@code @Adam}, or {@code @AdamW} ({@code kind}), which is Adam with a weight decay by default. */
    record Adam(Origin origin, String kind, double learningRate, double beta1, double beta2, double epsilon,
                boolean amsgrad, ClipModel clip, double weightDecay) implements OptimizerModel {

        @Override public List<String> slots() {
            return amsgrad ? List.of("m", "v", "v_hat") : List.of("m", "v");
        }
    }

    record Adamax(Origin origin, double learningRate, double beta1, double beta2, double epsilon, ClipModel clip,
                  double weightDecay) implements OptimizerModel {
        @Override public String kind() {
            return "Adamax";
        }

        @Override public List<String> slots() {
            return List.of("m", "u");
        }
    }

    record Nadam(Origin origin, double learningRate, double beta1, double beta2, double epsilon, ClipModel clip,
                 double weightDecay) implements OptimizerModel {
        @Override public String kind() {
            return "Nadam";
        }

        @Override public List<String> slots() {
            return List.of("m", "v");
        }
    }
}
