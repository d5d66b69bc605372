package dev.unroll.runtime;

import dev.unroll.Layer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The text that identifies a network's architecture in a model file: sizes, loss, layers and
 * the name and shape of every saved tensor (optimizer slots included, so the optimizer's kind
 * counts). Hyper-parameters, the batch size and the interface's name do not: a file loads into any
 * network that stores the same values. The fingerprint is its SHA-256.
 */
final class Architecture {
    private Architecture() {}

    static String describe(GeneratedNetwork net) {
        StringBuilder out = new StringBuilder("inputs ").append(net.inputSize()).append('\n')
                .append("outputs ").append(net.outputSize()).append('\n')
                .append("loss ").append(net.loss()).append('\n');
        for (Layer layer : net.layers()) {
            out.append("layer ").append(layer.name()).append(' ').append(((LayerView) layer).description())
                    .append(' ').append(layer.inputSize()).append(" -> ").append(layer.outputSize()).append('\n');
        }
        for (Tensor[] group : new Tensor[][] {net.parameterTensors(), net.statisticTensors(), net.slotTensors()}) {
            for (Tensor t : group) {
                out.append("tensor ").append(t.name()).append(' ').append(t.rows()).append('x').append(t.cols())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static byte[] fingerprint(String description) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The first line where two descriptions differ, for an error message. */
    static String firstDifference(String saved, String current) {
        String[] a = saved.split("\n");
        String[] b = current.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "the file has \"" + x + "\" where this network has \"" + y + "\"";
            }
        }
        return "the descriptions agree but their fingerprints do not";
    }
}
