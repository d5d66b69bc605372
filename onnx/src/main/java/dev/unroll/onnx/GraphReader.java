package dev.unroll.onnx;

import dev.unroll.onnx.proto.OnnxProto.GraphProto;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import dev.unroll.onnx.proto.OnnxProto.NodeProto;
import dev.unroll.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.unroll.onnx.proto.OnnxProto.TensorShapeProto;
import dev.unroll.onnx.proto.OnnxProto.TypeProto;
import dev.unroll.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ONNX model as a chain: one float input {@code [batch, n]}, nodes each taking the
 * previous node's output (plus constants), one output. Constants are initializers, {@code Constant}
 * nodes and {@code Identity} copies of either. Anything else is refused with the node, its op and
 * what is supported.
 */
final class GraphReader {
    static final String SUPPORTED = "Gemm, MatMul (+ Add), BatchNormalization, Relu, LeakyRelu, PRelu, Elu, Selu,"
            + " Sigmoid, Tanh, Softmax, and the no-ops Identity, Dropout and Flatten (of a 2-D input)";

    private final Path file;
    private final GraphProto graph;
    private final Map<String, Constant> constants = new HashMap<>();
    private final Map<String, List<NodeProto>> consumers = new HashMap<>();
    private final int opset;

    private GraphReader(Path file, ModelProto model) throws OnnxFormatException {
        this.file = file;
        this.graph = model.getGraph();
        this.opset = opset(file, model);
    }

    static Chain read(Path file, ModelProto model) throws OnnxFormatException {
        GraphReader reader = new GraphReader(file, model);
        try {
            return reader.chain();
        } catch (IllegalArgumentException e) {
            throw new OnnxFormatException(file, e.getMessage(), e);
        }
    }

    private static int opset(Path file, ModelProto model) throws OnnxFormatException {
        for (OperatorSetIdProto id : model.getOpsetImportList()) {
            if (id.getDomain().isEmpty() || id.getDomain().equals("ai.onnx")) {
                return (int) id.getVersion();
            }
        }
        throw new OnnxFormatException(file, "the model imports no version of the standard ONNX operators"
                + " (no opset_import for the default domain; a truncated file?)");
    }

    private Chain chain() {
        for (var init : graph.getInitializerList()) {
            constants.put(init.getName(), Constant.of(init, init.getName()));
        }
        List<NodeProto> data = new ArrayList<>();
        for (NodeProto node : graph.getNodeList()) {
            if (!node.getDomain().isEmpty() && !node.getDomain().equals("ai.onnx")) {
                throw new IllegalArgumentException(describe(node) + " is from the operator domain '" + node.getDomain()
                        + "'; Unroll imports only standard ONNX operators: " + SUPPORTED);
            }
            if (!foldConstant(node)) {
                data.add(node);
                for (String input : node.getInputList()) {
                    if (!input.isEmpty() && !constants.containsKey(input)) {
                        consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
                    }
                }
            }
        }
        ValueInfoProto input = theInput();
        int inputs = inputWidth(input);
        if (graph.getOutputCount() != 1) {
            throw new IllegalArgumentException("the graph has " + graph.getOutputCount()
                    + " outputs; Unroll imports a chain with one output");
        }
        StepBuilder steps = new StepBuilder(constants, opset, inputs);
        String current = input.getName();
        Set<NodeProto> visited = new HashSet<>();
        String output = graph.getOutput(0).getName();
        while (!current.equals(output)) {
            List<NodeProto> next = consumers.getOrDefault(current, List.of());
            if (next.isEmpty()) {
                throw new IllegalArgumentException("tensor '" + current + "' feeds no node but is not the graph's output '"
                        + output + "'; Unroll imports a chain from the input to the output");
            }
            if (next.size() > 1) {
                throw new IllegalArgumentException("tensor '" + current + "' feeds " + next.size() + " nodes ("
                        + describe(next.get(0)) + ", " + describe(next.get(1)) + "); Unroll imports a sequential chain,"
                        + " without branches or skip connections");
            }
            NodeProto node = next.get(0);
            checkChainInput(node, current);
            visited.add(node);
            steps.add(node, describe(node));
            current = node.getOutput(0);
        }
        if (consumers.containsKey(output)) {
            throw new IllegalArgumentException("the graph's output '" + output + "' also feeds "
                    + describe(consumers.get(output).get(0)) + "; Unroll imports a chain that ends at the output");
        }
        for (NodeProto node : data) {
            if (!visited.contains(node)) {
                throw new IllegalArgumentException(describe(node) + " is not on the chain from the input '"
                        + input.getName() + "' to the output '" + output + "'; Unroll imports a sequential chain");
            }
        }
        return new Chain(inputs < 0 ? steps.firstWidth() : inputs, steps.finish());
    }

    /** Records {@code Constant} nodes and {@code Identity} copies of constants; true if the node was one. */
    private boolean foldConstant(NodeProto node) {
        if (node.getOpType().equals("Constant") && node.getOutputCount() == 1) {
            for (var attribute : node.getAttributeList()) {
                if (attribute.getName().equals("value")) {
                    constants.put(node.getOutput(0), Constant.of(attribute.getT(), node.getOutput(0)));
                    return true;
                }
            }
            throw new IllegalArgumentException(describe(node) + " gives its value in a form Unroll does not read"
                    + " (only the 'value' tensor attribute)");
        }
        if (node.getOpType().equals("Identity") && node.getInputCount() == 1
                && constants.containsKey(node.getInput(0))) {
            Constant source = constants.get(node.getInput(0));
            constants.put(node.getOutput(0), new Constant(node.getOutput(0), source.dims(), source.values()));
            return true;
        }
        return false;
    }

    private ValueInfoProto theInput() {
        List<ValueInfoProto> inputs = new ArrayList<>();
        for (ValueInfoProto value : graph.getInputList()) {
            if (!constants.containsKey(value.getName())) {
                inputs.add(value);
            }
        }
        if (inputs.size() != 1) {
            Set<String> names = new LinkedHashSet<>();
            inputs.forEach(v -> names.add(v.getName()));
            throw new IllegalArgumentException("the graph has " + inputs.size() + " inputs " + names
                    + "; Unroll imports a network with one input");
        }
        return inputs.get(0);
    }

    /** The feature count of a {@code [batch, n]} float input, or -1 when the file does not say. */
    private static int inputWidth(ValueInfoProto input) {
        TypeProto type = input.getType();
        if (!type.hasTensorType()) {
            return -1;
        }
        int elem = type.getTensorType().getElemType();
        if (elem != 0 && elem != 1) {
            throw new IllegalArgumentException("the input '" + input.getName() + "' has element type " + elem
                    + "; Unroll imports float32 inputs");
        }
        if (!type.getTensorType().hasShape()) {
            return -1;
        }
        TensorShapeProto shape = type.getTensorType().getShape();
        if (shape.getDimCount() != 2) {
            throw new IllegalArgumentException("the input '" + input.getName() + "' has " + shape.getDimCount()
                    + " dimensions; Unroll imports a [batch, features] input");
        }
        var features = shape.getDim(1);
        return features.hasDimValue() ? (int) features.getDimValue() : -1;
    }

    /** A chain node takes the previous output (first, or either for Add) and otherwise constants. */
    private void checkChainInput(NodeProto node, String current) {
        List<String> tensors = new ArrayList<>();
        for (String name : node.getInputList()) {
            if (!name.isEmpty() && !constants.containsKey(name)) {
                tensors.add(name);
            }
        }
        if (tensors.size() != 1) {
            throw new IllegalArgumentException(describe(node) + " joins the tensors " + tensors + "; Unroll imports a"
                    + " sequential chain in which every node takes the previous node's output and constants");
        }
        int at = node.getInputList().indexOf(current);
        if (at != 0 && !(node.getOpType().equals("Add") && at == 1)) {
            throw new IllegalArgumentException(describe(node) + " takes the previous output '" + current
                    + "' as its input " + at + " where Unroll expects it first");
        }
        for (int i = 1; i < node.getOutputCount(); i++) {
            if (consumers.containsKey(node.getOutput(i))) {
                throw new IllegalArgumentException(describe(node) + " has its output '" + node.getOutput(i)
                        + "' used by " + describe(consumers.get(node.getOutput(i)).get(0))
                        + "; Unroll imports only the inference outputs");
            }
        }
    }

    static String describe(NodeProto node) {
        String name = node.getName().isEmpty() ? "(unnamed, output '" + node.getOutput(0) + "')" : "'" + node.getName() + "'";
        return "node " + name + " (" + node.getOpType() + ")";
    }
}
