package dev.unroll.onnx;

import com.google.protobuf.ByteString;
import dev.unroll.Activation;
import dev.unroll.BatchNormLayer;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Model;
import dev.unroll.PReLULayer;
import dev.unroll.onnx.proto.OnnxProto.AttributeProto;
import dev.unroll.onnx.proto.OnnxProto.GraphProto;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import dev.unroll.onnx.proto.OnnxProto.NodeProto;
import dev.unroll.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.unroll.onnx.proto.OnnxProto.StringStringEntryProto;
import dev.unroll.onnx.proto.OnnxProto.TensorProto;
import dev.unroll.onnx.proto.OnnxProto.TensorShapeProto;
import dev.unroll.onnx.proto.OnnxProto.TypeProto;
import dev.unroll.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inference graph of a network: a Dense layer is {@code Gemm} (kernel {@code [in][out]},
 * {@code transB = 0}) then its activation's node; batch normalization uses the moving statistics;
 * RReLU is {@code LeakyRelu} with its mean slope; layers without an effect in inference are
 * {@code Identity}. Tensors and nodes are named after the layers, so {@code interfaceSource} of
 * the file gives the same layer names back.
 */
final class Exporter {
    static final int OPSET = 13;
    /** The IR version that goes with opset 13. */
    static final int IR_VERSION = 7;

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private String current = "input";
    private int pending;

    private Exporter() {}

    static ModelProto export(Model net, String networkName) {
        Exporter exporter = new Exporter();
        List<Layer> layers = net.layers();
        exporter.pending = layers.size();
        for (Layer layer : layers) {
            exporter.pending--;
            exporter.layer(layer);
        }
        GraphProto.Builder graph = exporter.graph.setName(networkName)
                .setDocString("Exported by Unroll " + Version.VERSION + " from " + networkName)
                .addInput(value("input", net.inputSize()))
                .addOutput(value("output", net.outputSize()));
        List<String> names = new ArrayList<>();
        layers.forEach(l -> names.add(l.name()));
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("Unroll")
                .setProducerVersion(Version.VERSION)
                .setDocString(networkName + ": an Unroll network in inference mode")
                .setGraph(graph)
                .addMetadataProps(entry("unroll.network", networkName))
                .addMetadataProps(entry("unroll.version", Version.VERSION))
                .addMetadataProps(entry("unroll.layers", String.join(",", names)))
                .build();
    }

    private void layer(Layer layer) {
        String name = layer.name();
        switch (layer.kind()) {
            case "Dense" -> {
                DenseLayer dense = (DenseLayer) layer;
                boolean hasBias = dense.parameterCount() > dense.inputSize() * dense.outputSize();
                String kernel = initializer(name + ".kernel", dense.kernel(), dense.inputSize(), dense.outputSize());
                List<String> inputs = new ArrayList<>(List.of(current, kernel));
                if (hasBias) {
                    inputs.add(initializer(name + ".bias", dense.bias(), dense.outputSize()));
                }
                boolean activated = dense.activation() != Activation.LINEAR;
                node("Gemm", name, inputs, activated ? name + ".linear" : null);
                if (activated) {
                    activation(dense.activation(), name + "." + dense.activation().name().toLowerCase(Locale.ROOT));
                }
            }
            case "BatchNormalization" -> {
                BatchNormLayer bn = (BatchNormLayer) layer;
                int n = bn.outputSize();
                NodeProto.Builder node = node("BatchNormalization", name, List.of(current,
                        initializer(name + ".gamma", bn.gamma(), n), initializer(name + ".beta", bn.beta(), n),
                        initializer(name + ".moving_mean", bn.movingMean(), n),
                        initializer(name + ".moving_variance", bn.movingVariance(), n)), null);
                node.addAttribute(floatAttribute("epsilon", (float) bn.epsilon()))
                        .addAttribute(floatAttribute("momentum", (float) bn.momentum()));
            }
            case "PReLU" -> {
                float[] alpha = ((PReLULayer) layer).alpha();
                node("PRelu", name, List.of(current, initializer(name + ".alpha", alpha, alpha.length)), null);
            }
            case "ActivationLayer" -> activation(LayerSettings.activation(layer), name);
            case "LeakyReLU" -> node("LeakyRelu", name, List.of(current), null)
                    .addAttribute(floatAttribute("alpha", (float) LayerSettings.alpha(layer)));
            case "ELU" -> node("Elu", name, List.of(current), null)
                    .addAttribute(floatAttribute("alpha", (float) LayerSettings.alpha(layer)));
            case "RReLU" -> node("LeakyRelu", name, List.of(current), null)
                    .addAttribute(floatAttribute("alpha", (float) LayerSettings.meanSlope(layer)));
            case "Dropout", "AlphaDropout" -> node("Identity", name, List.of(current), null);
            default -> throw new IllegalArgumentException("layer '" + name + "' is a " + layer.kind()
                    + " layer, which Unroll cannot export to ONNX");
        }
    }

    private void activation(Activation activation, String nodeName) {
        switch (activation) {
            case LINEAR -> node("Identity", nodeName, List.of(current), null);
            case RELU -> node("Relu", nodeName, List.of(current), null);
            case SIGMOID -> node("Sigmoid", nodeName, List.of(current), null);
            case TANH -> node("Tanh", nodeName, List.of(current), null);
            case SELU -> node("Selu", nodeName, List.of(current), null);
            case ELU -> node("Elu", nodeName, List.of(current), null).addAttribute(floatAttribute("alpha", 1f));
            case SOFTMAX -> node("Softmax", nodeName, List.of(current), null).addAttribute(intAttribute("axis", -1));
            default -> throw new IllegalArgumentException("activation " + activation + " has no ONNX export");
        }
    }

    /**
     * Adds a node reading {@code inputs}. Its output is {@code output} when given (a Dense layer's
     * product before its activation); else the layer's final node writes {@code <name>.output},
     * and the network's last node the graph's output {@code output}.
     */
    private NodeProto.Builder node(String op, String name, List<String> inputs, String output) {
        String out = output != null ? output : pending == 0 ? "output" : name + ".output";
        NodeProto.Builder node = graph.addNodeBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(out);
        current = out;
        return node;
    }

    private String initializer(String name, float[] values, int... dims) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(bytes.array()));
        for (int d : dims) {
            tensor.addDims(d);
        }
        graph.addInitializer(tensor);
        return name;
    }

    private static ValueInfoProto value(String name, int features) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(features))
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    private static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    private static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }
}
