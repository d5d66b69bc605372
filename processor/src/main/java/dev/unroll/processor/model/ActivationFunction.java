package dev.unroll.processor.model;

import java.util.Locale;

/**
 * A parameter-free activation with its settings, whether it comes from
 * {@code @Dense(activation = ...)}, {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} or
 * {@code @RReLU}. Unused settings are 0.
 */
public record ActivationFunction(Kind kind, double alpha, double lower, double upper) {
    /** The activations, with the two ways their names are written. */
    public enum Kind {
        LINEAR("linear"), SIGMOID("sigmoid"), TANH("tanh"), RELU("ReLU"), LEAKY_RELU("LeakyReLU"), ELU("ELU"),
        SELU("SELU"), SOFTMAX("softmax"), RRELU("RReLU");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        /** The name in prose, as the literature writes it: {@code ReLU}, {@code LeakyReLU}, {@code sigmoid}. */
        public String displayName() {
            return displayName;
        }

        /** The lower-case name generated comments and layer summaries use: {@code relu}, {@code leaky_relu}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ActivationFunction of(Kind kind) {
        return new ActivationFunction(kind, kind == Kind.ELU ? 1.0 : 0.0, 0, 0);
    }

    public static ActivationFunction leakyRelu(double alpha) {
        return new ActivationFunction(Kind.LEAKY_RELU, alpha, 0, 0);
    }

    public static ActivationFunction elu(double alpha) {
        return new ActivationFunction(Kind.ELU, alpha, 0, 0);
    }

    public static ActivationFunction rrelu(double lower, double upper) {
        return new ActivationFunction(Kind.RRELU, 0, lower, upper);
    }

    /** The activation with the setting that tells it apart: {@code relu}, {@code alpha 0.3}, {@code 0.125 to 0.333}. */
    public String setting() {
        return switch (kind) {
            case LEAKY_RELU, ELU -> "alpha " + alpha;
            case RRELU -> lower + " to " + upper;
            default -> kind.keyword();
        };
    }

    /** RReLU's slope in inference: the mean of its range. */
    public double meanSlope() {
        return (lower + upper) / 2;
    }
}
