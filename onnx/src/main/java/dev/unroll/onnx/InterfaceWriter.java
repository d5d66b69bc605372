package dev.unroll.onnx;

import java.util.List;
import java.util.Locale;

/**
 * Writes the {@code @Network} interface of a chain. A Linear step directly followed by an
 * activation that {@code @Dense} offers becomes one Dense layer with that activation; every other
 * step is a layer of its own. The loss follows from the output: softmax → sparse categorical
 * cross-entropy, sigmoid → binary cross-entropy, otherwise mean squared error; the optimizer is
 * Adam with its defaults. Kernel initializers suit the activation that follows (they matter only
 * when the network is trained from scratch: {@code Onnx.load} overwrites them).
 */
final class InterfaceWriter {
    private InterfaceWriter() {}

    static String write(Chain chain, String qualifiedName, String sourceNote) {
        int dot = qualifiedName.lastIndexOf('.');
        String packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
        String simpleName = qualifiedName.substring(dot + 1);
        List<Step> steps = chain.steps();
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("import dev.unroll.*;\n\n")
                .append("/**\n")
                .append(" * Imported from ").append(comment(sourceNote)).append(" by Unroll's ONNX importer.\n")
                .append(" * Copy the weights in with {@code dev.unroll.onnx.Onnx.load(Unrolled").append(simpleName)
                .append(".create(), file)}.\n")
                .append(" */\n")
                .append("@Network(inputs = ").append(chain.inputs()).append(", loss = Loss.").append(loss(steps))
                .append(")\n")
                .append("@Adam\n")
                .append("public interface ").append(simpleName).append(" extends Model {\n");
        Names names = new Names();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.append('\n').append("    /** ").append(comment(step.origin())).append(". */\n");
            if (step instanceof Step.Linear linear) {
                Step.Act fused = fusable(steps, i + 1);
                out.append("    @Dense(units = ").append(linear.out());
                if (fused != null) {
                    out.append(", activation = Activation.").append(denseActivation(fused));
                    i++;
                }
                String init = initializer(steps, fused != null ? i : i + 1);
                if (init != null) {
                    out.append(", kernelInitializer = Initializer.").append(init);
                }
                if (linear.bias() == null) {
                    out.append(", useBias = false");
                }
                out.append(")\n    DenseLayer ").append(names.allocate(linear.graphName(), "dense")).append("();\n");
            } else if (step instanceof Step.Norm norm) {
                out.append("    @BatchNormalization(momentum = ").append(norm.momentum()).append(", epsilon = ")
                        .append(norm.epsilon()).append(")\n    BatchNormLayer ")
                        .append(names.allocate(norm.graphName(), "batchNormalization")).append("();\n");
            } else if (step instanceof Step.Prelu prelu) {
                out.append("    @PReLU(shared = ").append(prelu.slopes().length == 1).append(")\n    PReLULayer ")
                        .append(names.allocate(prelu.graphName(), "prelu")).append("();\n");
            } else if (step instanceof Step.Act act) {
                out.append("    ").append(activationLayer(act)).append("\n    Layer ")
                        .append(names.allocate(act.graphName(), act.function().name().toLowerCase(Locale.ROOT)))
                        .append("();\n");
            }
        }
        return out.append("}\n").toString();
    }

    /** The activation at {@code at} when a Dense layer can carry it, else null. */
    static Step.Act fusable(List<Step> steps, int at) {
        if (at < steps.size() && steps.get(at) instanceof Step.Act act) {
            return switch (act.function()) {
                case RELU, SIGMOID, TANH, SOFTMAX, SELU -> act;
                case ELU -> act.alpha() == 1f ? act : null;
                case LEAKY_RELU -> null;
            };
        }
        return null;
    }

    static String denseActivation(Step.Act act) {
        return act.function().name();
    }

    private static String activationLayer(Step.Act act) {
        return switch (act.function()) {
            case LEAKY_RELU -> "@LeakyReLU(alpha = " + act.alpha() + ")";
            case ELU -> act.alpha() == 1f ? "@ActivationLayer(Activation.ELU)" : "@ELU(alpha = " + act.alpha() + ")";
            default -> "@ActivationLayer(Activation." + act.function().name() + ")";
        };
    }

    /** He for the ReLU family, LeCun for SELU, Glorot (the default, null) otherwise; looks past a batch norm. */
    private static String initializer(List<Step> steps, int next) {
        for (int i = next; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Step.Prelu) {
                return "HE_NORMAL";
            }
            if (step instanceof Step.Act act) {
                return switch (act.function()) {
                    case RELU, LEAKY_RELU, ELU -> "HE_NORMAL";
                    case SELU -> "LECUN_NORMAL";
                    default -> null;
                };
            }
            if (!(step instanceof Step.Norm)) {
                return null;
            }
        }
        return null;
    }

    private static String loss(List<Step> steps) {
        Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (last instanceof Step.Act act && act.function() == Step.Function.SOFTMAX) {
            return "SPARSE_CATEGORICAL_CROSSENTROPY";
        }
        if (last instanceof Step.Act act && act.function() == Step.Function.SIGMOID) {
            return "BINARY_CROSSENTROPY";
        }
        return "MEAN_SQUARED_ERROR";
    }

    /** Graph names inside a comment: printable ASCII only, no comment end, no unicode escape. */
    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 32 && c < 127 && c != '\\' ? c : '?');
        }
        return out.toString().replace("*/", "*?/");
    }
}
