package dev.unroll.processor.emit;

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
                    + mean() + " in inference";
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
            case LINEAR -> CodeBlock.of("$T.arraycopy($N, 0, $N, 0, $L)", System.class, z, y, len);
            case SIGMOID -> call("sigmoid", "$N, $N, $L", z, y, len);
            case TANH -> call("tanh", "$N, $N, $L", z, y, len);
            case RELU -> call("relu", "$N, $N, $L", z, y, len);
            case LEAKY_RELU -> call("leakyRelu", "$N, $N, $L, $L", z, y, len, Literals.f(f.alpha()));
            case ELU -> call("elu", "$N, $N, $L, $L", z, y, len, Literals.f(f.alpha()));
            case SELU -> call("selu", "$N, $N, $L", z, y, len);
            case SOFTMAX -> CodeBlock.of("$T.forward($N, $N, count, $L, $L)", RuntimeTypes.SOFTMAX, z, y,
                    layer.out(), layer.stride());
            case RRELU -> training
                    ? CodeBlock.of("$T.forwardTraining($N, $N, $N, count, $L, $L, $L, $L, $T.key(seed(), $L, nextStep()))",
                            RuntimeTypes.RANDOMIZED_RELU, z, y, slopes, layer.out(), layer.stride(),
                            Literals.f(f.lower()), Literals.f(f.upper()), RuntimeTypes.RNG, layer.index())
                    : call("leakyRelu", "$N, $N, $L, $L", z, y, len, Literals.f(mean()));
        };
    }

    /** The kernel call turning {@code dy} into {@code dx} ({@code dx} may be {@code dy}). */
    CodeBlock backward(String z, String y, String dy, String dx, String slopes) {
        CodeBlock len = layer.length();
        return switch (f.kind()) {
            case LINEAR -> CodeBlock.of("$T.arraycopy($N, 0, $N, 0, $L)", System.class, dy, dx, len);
            case SIGMOID -> call("sigmoidBackward", "$N, $N, $N, $L", y, dy, dx, len);
            case TANH -> call("tanhBackward", "$N, $N, $N, $L", y, dy, dx, len);
            case RELU -> call("reluBackward", "$N, $N, $N, $L", z, dy, dx, len);
            case LEAKY_RELU -> call("leakyReluBackward", "$N, $N, $N, $L, $L", z, dy, dx, len, Literals.f(f.alpha()));
            case ELU -> call("eluBackward", "$N, $N, $N, $N, $L, $L", z, y, dy, dx, len, Literals.f(f.alpha()));
            case SELU -> call("seluBackward", "$N, $N, $N, $N, $L", z, y, dy, dx, len);
            case SOFTMAX -> CodeBlock.of("$T.backward($N, $N, $N, count, $L, $L)", RuntimeTypes.SOFTMAX, y, dy, dx,
                    layer.out(), layer.stride());
            case RRELU -> CodeBlock.of("$T.backward($N, $N, $N, $N, count, $L, $L)", RuntimeTypes.RANDOMIZED_RELU, z,
                    slopes, dy, dx, layer.out(), layer.stride());
        };
    }

    private double mean() {
        return (f.lower() + f.upper()) / 2;
    }

    private static CodeBlock call(String method, String format, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = RuntimeTypes.ACTIVATIONS;
        all[1] = method;
        System.arraycopy(args, 0, all, 2, args.length);
        return CodeBlock.of("$T.$N(" + format + ")", all);
    }
}
