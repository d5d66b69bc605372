package dev.unroll.processor.model;

/**
 * A parameter-free activation with its settings, whether it comes from
 * {@code @Dense(activation = ...)}, {@code @ActivationLayer}, {@code @LeakyReLU}, {@code @ELU} or
 * {@code @RReLU}. Unused settings are 0.
 */
public record ActivationFunction(Kind kind, double alpha, double lower, double upper) {
    public enum Kind { LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, SELU, SOFTMAX, RRELU }

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

    /** True for ReLU and its variants (He initialization territory). */
    public boolean isReluFamily() {
        return kind == Kind.RELU || kind == Kind.LEAKY_RELU || kind == Kind.ELU || kind == Kind.RRELU;
    }

    /** True for activations that saturate on both sides. */
    public boolean isSaturating() {
        return kind == Kind.SIGMOID || kind == Kind.TANH;
    }
}
