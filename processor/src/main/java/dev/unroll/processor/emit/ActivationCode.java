package dev.unroll.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.ActivationFunction;

/**
 * The kernel calls and formulas of a parameter-free activation, shared by Dense layers (which
 * apply theirs in place on their own buffers) and activation layers. Generated comments are ASCII
 * so the file reads the same whatever encoding javac writes it in.
 */
final class ActivationCode {
    private final ActivationFunction f;
    private final LayerContext layer;

    ActivationCode(ActivationFunction f, LayerContext layer) {
        this.f = f;
        this.layer = layer;
    }

    /** The forward formula, {@code y} in terms of {@code z}. */
    String formula() {
        return switch (f.kind()) {
            case LINEAR -> "y = z";
            case SIGMOID -> "y = 1 / (1 + exp(-z))";
            case TANH -> "y = tanh(z)";
            case RELU -> "y = max(z, 0)";
            case LEAKY_RELU -> "y = z > 0 ? z : " + f.alpha() + " z";
            case ELU -> "y = z > 0 ? z : " + f.alpha() + " (exp(z) - 1)";
            case SELU -> "y = lambda (z > 0 ? z : alpha (exp(z) - 1)), alpha = 1.6733, lambda = 1.0507";
            case SOFTMAX -> "y = exp(z) / sum(exp(z))";
            case RRELU -> "y = z > 0 ? z : a z, a ~ U(" + f.lower() + ", " + f.upper() + ") per element in training, "
                    + f.meanSlope() + " in inference";
        };
    }

    /** The backward formula, {@code dz} in terms of {@code dy}. */
    String derivative() {
        return switch (f.kind()) {
            case LINEAR -> "dz = dy";
            case SIGMOID -> "dz = dy y (1 - y)";
            case TANH -> "dz = dy (1 - y^2)";
            case RELU -> "dz = z > 0 ? dy : 0";
            case LEAKY_RELU -> "dz = z > 0 ? dy : " + f.alpha() + " dy";
            case ELU -> "dz = z > 0 ? dy : dy (y + " + f.alpha() + ")";
            case SELU -> "dz = z > 0 ? lambda dy : dy (y + lambda alpha)";
            case SOFTMAX -> "dz = y (dy - sum(dy y))";
            case RRELU -> "dz = z > 0 ? dy : a dy with the slopes of the forward pass";
        };
    }

    /** The kernel call computing {@code y} from {@code z}. {@code slopes} is the RReLU slope buffer. */
    CodeBlock forward(String z, String y, String slopes, boolean training) {
        CodeBlock len = layer.length();
        return switch (f.kind()) {
            case LINEAR -> Calls.of(ClassName.get(System.class), "arraycopy", z, 0, y, 0, len);
            case SIGMOID -> activation("sigmoid", z, y, len);
            case TANH -> activation("tanh", z, y, len);
            case RELU -> activation("relu", z, y, len);
            case LEAKY_RELU -> activation("leakyRelu", z, y, len, Literals.f(f.alpha()));
            case ELU -> activation("elu", z, y, len, Literals.f(f.alpha()));
            case SELU -> activation("selu", z, y, len);
            case SOFTMAX -> Calls.of(RuntimeTypes.SOFTMAX, "forward", z, y, "count", layer.out(), layer.stride());
            case RRELU -> training
                    ? Calls.of(RuntimeTypes.RANDOMIZED_RELU, "forwardTraining", z, y, slopes, "count", layer.out(),
                            layer.stride(), Literals.f(f.lower()), Literals.f(f.upper()),
                            Calls.of(RuntimeTypes.RNG, "key", "seed()", layer.index(), "nextStep()"))
                    : activation("leakyRelu", z, y, len, Literals.f(f.meanSlope()));
        };
    }

    /** The kernel call turning {@code dy} into {@code dx} ({@code dx} may be {@code dy}). */
    CodeBlock backward(String z, String y, String dy, String dx, String slopes) {
        CodeBlock len = layer.length();
        return switch (f.kind()) {
            case LINEAR -> Calls.of(ClassName.get(System.class), "arraycopy", dy, 0, dx, 0, len);
            case SIGMOID -> activation("sigmoidBackward", y, dy, dx, len);
            case TANH -> activation("tanhBackward", y, dy, dx, len);
            case RELU -> activation("reluBackward", z, dy, dx, len);
            case LEAKY_RELU -> activation("leakyReluBackward", z, dy, dx, len, Literals.f(f.alpha()));
            case ELU -> activation("eluBackward", z, y, dy, dx, len, Literals.f(f.alpha()));
            case SELU -> activation("seluBackward", z, y, dy, dx, len);
            case SOFTMAX -> Calls.of(RuntimeTypes.SOFTMAX, "backward", y, dy, dx, "count", layer.out(), layer.stride());
            case RRELU -> Calls.of(RuntimeTypes.RANDOMIZED_RELU, "backward", z, slopes, dy, dx, "count", layer.out(),
                    layer.stride());
        };
    }

    private static CodeBlock activation(String method, Object... args) {
        return Calls.of(RuntimeTypes.ACTIVATIONS, method, args);
    }
}
