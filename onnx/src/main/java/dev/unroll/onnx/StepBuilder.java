package dev.unroll.onnx;

import dev.unroll.onnx.proto.OnnxProto.AttributeProto;
import dev.unroll.onnx.proto.OnnxProto.NodeProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the chain's nodes, one at a time, into steps, checking attributes and sizes on the way. */
final class StepBuilder {
    /** SELU's constants as ONNX writes them (float32). */
    private static final float SELU_ALPHA = 1.67326319217681884765625f;
    private static final float SELU_GAMMA = 1.05070102214813232421875f;

    private final Map<String, Constant> constants;
    private final int opset;
    private final List<Step> steps = new ArrayList<>();
    private int width;
    private int firstWidth = -1;
    /** A MatMul's step that a following Add may give a bias. */
    private Step.Linear open;

    StepBuilder(Map<String, Constant> constants, int opset, int inputs) {
        this.constants = constants;
        this.opset = opset;
        this.width = inputs;
    }

    void add(NodeProto node, String where) {
        Step.Linear matMul = open;
        open = null;
        switch (node.getOpType()) {
            case "Gemm" -> gemm(node, where);
            case "MatMul" -> {
                Constant w = constant(node, 1, where, "weight");
                requireRank(w, 2, where);
                Step.Linear step = new Step.Linear(where, baseName(w.name(), nodeName(node)), rows(w), cols(w), w.values(), null);
                open = linear(step);
            }
            case "Add" -> {
                if (matMul == null || matMul.bias() != null) {
                    throw new IllegalArgumentException(where + " adds to something other than a MatMul's output; Unroll"
                            + " imports Add only as the bias of a MatMul. Supported: " + GraphReader.SUPPORTED);
                }
                Constant b = constant(node, constants.containsKey(node.getInput(0)) ? 0 : 1, where, "bias");
                float[] bias = vector(b, matMul.out(), where, "bias");
                steps.set(steps.size() - 1, new Step.Linear(matMul.origin(), matMul.graphName(), matMul.in(),
                        matMul.out(), matMul.kernel(), bias));
            }
            case "BatchNormalization" -> batchNorm(node, where);
            case "PRelu" -> {
                Constant slope = constant(node, 1, where, "slope");
                float[] slopes = slope.size() == 1 ? slope.values()
                        : vector(slope, width >= 0 ? width : slope.size(), where, "slope");
                steps.add(new Step.Prelu(where, baseName(slope.name(), nodeName(node)), slopes));
            }
            case "Relu" -> act(node, where, Step.Function.RELU, 0);
            case "LeakyRelu" -> act(node, where, Step.Function.LEAKY_RELU, attribute(node, "alpha", 0.01f));
            case "Elu" -> act(node, where, Step.Function.ELU, attribute(node, "alpha", 1f));
            case "Selu" -> {
                if (attribute(node, "alpha", SELU_ALPHA) != SELU_ALPHA || attribute(node, "gamma", SELU_GAMMA) != SELU_GAMMA) {
                    throw new IllegalArgumentException(where + " has alpha or gamma other than SELU's constants;"
                            + " Unroll's SELU has alpha 1.6732632, gamma 1.0507010");
                }
                act(node, where, Step.Function.SELU, 0);
            }
            case "Sigmoid" -> act(node, where, Step.Function.SIGMOID, 0);
            case "Tanh" -> act(node, where, Step.Function.TANH, 0);
            case "Softmax" -> {
                long axis = intAttribute(node, "axis", opset >= 13 ? -1 : 1);
                if (axis != 1 && axis != -1) {
                    throw new IllegalArgumentException(where + " has axis " + axis + "; Unroll's softmax runs over the"
                            + " features of each example (axis 1 or -1)");
                }
                act(node, where, Step.Function.SOFTMAX, 0);
            }
            case "Identity", "Dropout" -> { }
            case "Flatten" -> {
                long axis = intAttribute(node, "axis", 1);
                if (axis != 1 && axis != -1) {
                    throw new IllegalArgumentException(where + " has axis " + axis + "; Unroll imports Flatten only as"
                            + " the no-op it is on a [batch, features] input (axis 1)");
                }
            }
            default -> throw new IllegalArgumentException(where + " is not supported; Unroll imports " + GraphReader.SUPPORTED);
        }
    }

    List<Step> finish() {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the graph has no layer, only no-ops; Unroll imports " + GraphReader.SUPPORTED);
        }
        if (width < 0) {
            throw new IllegalArgumentException("the graph does not say how many features its input has (neither the"
                    + " input's shape nor a weight gives it)");
        }
        return steps;
    }

    int firstWidth() {
        return firstWidth;
    }

    private void gemm(NodeProto node, String where) {
        if (intAttribute(node, "transA", 0) != 0) {
            throw new IllegalArgumentException(where + " has transA = 1; Unroll imports x·W (transA = 0)");
        }
        boolean transB = intAttribute(node, "transB", 0) != 0;
        float alpha = attribute(node, "alpha", 1f);
        float beta = attribute(node, "beta", 1f);
        Constant w = constant(node, 1, where, "weight");
        requireRank(w, 2, where);
        int in = transB ? cols(w) : rows(w);
        int out = transB ? rows(w) : cols(w);
        checkWidth(where, in);
        float[] kernel = new float[in * out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                kernel[i * out + j] = alpha * (transB ? w.values()[j * in + i] : w.values()[i * out + j]);
            }
        }
        float[] bias = null;
        if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
            Constant c = constant(node, 2, where, "bias");
            bias = c.size() == 1 ? filled(out, c.values()[0]) : vector(c, out, where, "bias").clone();
            for (int j = 0; j < out; j++) {
                bias[j] *= beta;
            }
        }
        linear(new Step.Linear(where, baseName(w.name(), nodeName(node)), in, out, kernel, bias));
    }

    private void batchNorm(NodeProto node, String where) {
        if (intAttribute(node, "training_mode", 0) != 0 || intAttribute(node, "is_test", 1) == 0) {
            throw new IllegalArgumentException(where + " is in training mode; export the model in eval mode");
        }
        if (intAttribute(node, "spatial", 1) != 1) {
            throw new IllegalArgumentException(where + " has spatial = 0, which Unroll does not support");
        }
        Constant scale = constant(node, 1, where, "scale");
        int n = width >= 0 ? width : scale.size();
        float[] gamma = vector(scale, n, where, "scale");
        float[] beta = vector(constant(node, 2, where, "bias"), n, where, "bias");
        float[] mean = vector(constant(node, 3, where, "mean"), n, where, "mean");
        float[] variance = vector(constant(node, 4, where, "variance"), n, where, "variance");
        for (int i = 0; i < n; i++) {
            if (!(variance[i] >= 0) || Float.isInfinite(variance[i])) {
                throw new IllegalArgumentException(where + ": variance " + i + " is " + variance[i]);
            }
        }
        if (firstWidth < 0) {
            firstWidth = n;
        }
        width = n;
        steps.add(new Step.Norm(where, baseName(scale.name(), nodeName(node)), n, gamma, beta, mean, variance,
                attribute(node, "epsilon", 1e-5f), attribute(node, "momentum", 0.9f)));
    }

    private void checkWidth(String where, int in) {
        if (width >= 0 && in != width) {
            throw new IllegalArgumentException(where + " takes " + in + " inputs, but the tensor before it has " + width
                    + " features");
        }
    }

    private Step.Linear linear(Step.Linear step) {
        checkWidth(step.origin(), step.in());
        if (firstWidth < 0) {
            firstWidth = step.in();
        }
        width = step.out();
        steps.add(step);
        return step;
    }

    private void act(NodeProto node, String where, Step.Function function, float alpha) {
        steps.add(new Step.Act(where, nodeName(node), function, alpha));
    }

    /**
     * A node's name without the op PyTorch appends: {@code /0/0.2/Relu} → {@code 0.2} (PyTorch's
     * scopes are cumulative, so the last one is the module's full path), {@code /fc1/Gemm_3} → {@code fc1}.
     */
    static String nodeName(NodeProto node) {
        String name = node.getName();
        String[] parts = name.split("/");
        if (parts.length >= 3 && parts[parts.length - 1].matches(java.util.regex.Pattern.quote(node.getOpType())
                + "(_[0-9]+)?")) {
            return parts[parts.length - 2];
        }
        return name;
    }

    private Constant constant(NodeProto node, int index, String where, String what) {
        if (node.getInputCount() <= index || node.getInput(index).isEmpty()) {
            throw new IllegalArgumentException(where + " has no " + what + " input");
        }
        Constant c = constants.get(node.getInput(index));
        if (c == null) {
            throw new IllegalArgumentException(where + ": its " + what + " '" + node.getInput(index)
                    + "' is computed, not a constant; Unroll imports weights stored in the file");
        }
        if (!c.isFloat()) {
            throw new IllegalArgumentException(where + ": its " + what + " '" + c.name() + "' is not float32 or float64");
        }
        return c;
    }

    private static void requireRank(Constant c, int rank, String where) {
        if (c.dims().length != rank) {
            throw new IllegalArgumentException(where + ": weight '" + c.name() + "' has shape " + c.shape()
                    + "; Unroll expects a matrix");
        }
    }

    /** A vector of {@code n} values, in any shape with that many (e.g. {@code [n]} or {@code [1, n]}). */
    private static float[] vector(Constant c, int n, String where, String what) {
        if (c.size() != n) {
            throw new IllegalArgumentException(where + ": its " + what + " '" + c.name() + "' has shape " + c.shape()
                    + " where " + n + " values are needed");
        }
        return c.values();
    }

    private static int rows(Constant c) {
        return (int) c.dims()[0];
    }

    private static int cols(Constant c) {
        return (int) c.dims()[1];
    }

    private static float[] filled(int n, float value) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** The layer name a weight gives: {@code fc1.weight} → {@code fc1}; else the node's name. */
    private static String baseName(String weight, String node) {
        for (String suffix : new String[] {".weight", ".kernel", ".scale", ".gamma", ".slope", ".alpha"}) {
            if (weight.endsWith(suffix) && weight.length() > suffix.length()) {
                return weight.substring(0, weight.length() - suffix.length());
            }
        }
        return node.isEmpty() ? weight : node;
    }

    private static float attribute(NodeProto node, String name, float fallback) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                return a.getF();
            }
        }
        return fallback;
    }

    private static long intAttribute(NodeProto node, String name, long fallback) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                return a.getI();
            }
        }
        return fallback;
    }
}
