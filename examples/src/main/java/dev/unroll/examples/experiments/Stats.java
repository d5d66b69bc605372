package dev.unroll.examples.experiments;

import dev.unroll.DataSet;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Model;
import java.util.ArrayList;
import java.util.List;

/** Small statistics over the layers of a network. */
final class Stats {
    private Stats() {}

    static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double standardDeviation(float[] values) {
        double mean = mean(values), sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    static double norm(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The Dense layers of a network, in order. */
    static List<DenseLayer> denseLayers(Model net) {
        List<DenseLayer> dense = new ArrayList<>();
        for (Layer layer : net.layers()) {
            if (layer instanceof DenseLayer d) {
                dense.add(d);
            }
        }
        return dense;
    }

    /** The Dense layers before the output layer. */
    static List<DenseLayer> hiddenLayers(Model net) {
        List<DenseLayer> dense = denseLayers(net);
        return dense.subList(0, dense.size() - 1);
    }

    /**
     * The norm of each Dense layer's kernel gradient on the first {@code rows} training rows, before
     * any training step: the signal Glorot & Bengio (2010) studied.
     */
    static double[] initialGradientNorms(Model net, DataSet train, int rows) {
        DataSet batch = train.rows(0, rows);
        net.computeGradients(batch.features(), batch.labels(), rows);
        return denseLayers(net).stream().mapToDouble(d -> norm(d.kernelGradient())).toArray();
    }
}
