package dev.unroll.processor;

import static dev.unroll.processor.testing.Reference.list;
import static dev.unroll.processor.testing.Reference.map;
import static dev.unroll.processor.testing.Reference.number;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the {@code @Network} interface of one reference run: the network's layers (named as in
 * the vectors, so the flat parameter names match), the case's activation and the run's optimizer.
 * With {@code activationInDense} the activation goes into {@code @Dense(activation = ...)} instead
 * of a layer of its own, which must give the same numbers.
 */
final class ReferenceSources {
    static final String PACKAGE = "ref";

    /** Activations that {@code @Dense(activation = ...)} can express. */
    static final Set<String> DENSE_ACTIVATIONS = Set.of("sigmoid", "tanh", "relu", "elu", "selu");

    private ReferenceSources() {}

    static String interfaceName(String network, String activation, String optimizer, boolean activationInDense) {
        return (network + "_" + activation + "_" + optimizer + (activationInDense ? "_fused" : ""))
                .replace('.', '_');
    }

    static String source(Map<String, Object> doc, Map<String, Object> testCase, String optimizer,
                         boolean activationInDense) {
        String activation = (String) testCase.get("activation");
        String name = interfaceName((String) doc.get("network"), activation, optimizer, activationInDense);
        Map<String, Object> hyper = map(map(map(testCase.get("optimizers")).get(optimizer)).get("hyperparameters"));
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\nimport dev.unroll.*;\n\n")
                .append("@Network(inputs = 5, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 4)\n")
                .append(optimizerAnnotation(optimizer, hyper)).append('\n')
                .append("public interface ").append(name).append(" extends Model {\n");
        List<Object> layers = list(doc.get(activation.equals("prelu") ? "layers_prelu" : "layers"));
        for (int i = 0; i < layers.size(); i++) {
            Map<String, Object> layer = map(layers.get(i));
            String layerName = (String) layer.get("name");
            switch ((String) layer.get("type")) {
                case "dense" -> {
                    boolean fuse = activationInDense && i + 1 < layers.size()
                            && "activation".equals(map(layers.get(i + 1)).get("type"));
                    out.append(fuse ? "    @Dense(units = 4, activation = Activation." + activation.toUpperCase() + ")"
                            : "    @Dense(units = 4)").append(" DenseLayer ").append(layerName).append("();\n");
                    if (fuse) {
                        i++;
                    }
                }
                case "dense_softmax" -> out.append("    @Dense(units = 3, activation = Activation.SOFTMAX) DenseLayer ")
                        .append(layerName).append("();\n");
                case "batch_normalization" -> out.append("    @BatchNormalization BatchNormLayer ").append(layerName)
                        .append("();\n");
                case "prelu" -> out.append("    @PReLU PReLULayer ").append(layerName).append("();\n");
                case "activation" -> out.append("    ").append(activationAnnotation(testCase)).append(" Layer ")
                        .append(layerName).append("();\n");
                default -> throw new IllegalArgumentException("layer type " + layer.get("type"));
            }
        }
        return out.append("}\n").toString();
    }

    private static String activationAnnotation(Map<String, Object> testCase) {
        Map<String, Object> spec = map(testCase.get("activation_spec"));
        return switch ((String) spec.get("kind")) {
            case "sigmoid" -> "@ActivationLayer(Activation.SIGMOID)";
            case "tanh" -> "@ActivationLayer(Activation.TANH)";
            case "relu" -> "@ActivationLayer(Activation.RELU)";
            case "selu" -> "@ActivationLayer(Activation.SELU)";
            case "elu" -> "@ELU(alpha = " + number(spec.get("alpha")) + ")";
            case "leaky_relu" -> "@LeakyReLU(alpha = " + number(spec.get("alpha")) + ")";
            // the vectors use RReLU's mean slope in training too: a range of width zero draws exactly that slope
            case "rrelu_eval" -> "@RReLU(lower = " + number(spec.get("slope")) + ", upper = " + number(spec.get("slope")) + ")";
            default -> throw new IllegalArgumentException("activation " + spec.get("kind"));
        };
    }

    private static String optimizerAnnotation(String optimizer, Map<String, Object> h) {
        return switch (optimizer) {
            case "sgd" -> "@SGD(learningRate = " + h.get("lr") + ")";
            case "momentum" -> "@SGD(learningRate = " + h.get("lr") + ", momentum = " + h.get("momentum") + ")";
            case "nesterov" -> "@SGD(learningRate = " + h.get("lr") + ", momentum = " + h.get("momentum")
                    + ", nesterov = true)";
            case "adagrad", "adagrad_torch" -> "@Adagrad(learningRate = " + h.get("lr") + ", initialAccumulatorValue = "
                    + h.get("initial_accumulator_value") + ", epsilon = " + h.get("epsilon") + ")";
            case "rmsprop" -> "@RMSprop(learningRate = " + h.get("lr") + ", rho = " + h.get("rho") + ", epsilon = "
                    + h.get("epsilon") + ")";
            case "adam" -> "@Adam(learningRate = " + h.get("lr") + ", beta1 = " + h.get("beta_1") + ", beta2 = "
                    + h.get("beta_2") + ", epsilon = " + h.get("epsilon") + ")";
            default -> throw new IllegalArgumentException("optimizer " + optimizer);
        };
    }
}
