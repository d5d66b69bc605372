package dev.unroll.examples.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Layer.outputs()}: the last forward pass's values of each layer, unpadded, for the rows it processed. */
class LayerOutputsTest {
    private static final DataSet DATA = Data.clusters(40, 8, 3, 0.8, 1);

    @Test
    void outputsAreTheLastPassRowsOfEachLayer() {
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        List<Layer> layers = net.layers();
        assertEquals(0, layers.get(0).outputs().length, "no pass yet");

        float[] probabilities = new float[5 * 3];
        net.predict(DATA.features(), 5, probabilities);
        for (Layer layer : layers) {
            assertEquals(5 * layer.outputSize(), layer.outputs().length, layer.name());
        }
        assertArrayEquals(probabilities, layers.get(layers.size() - 1).outputs(), "the last layer's are the predictions");
        for (float v : layers.get(2).outputs()) {
            assertTrue(v >= 0, "a ReLU layer's outputs are not negative");
        }

        net.computeGradients(DATA.features(), DATA.labels(), 3);
        assertEquals(3 * layers.get(0).outputSize(), layers.get(0).outputs().length, "training pass of 3 rows");

        // predict in chunks of the batch size (16): the last chunk of 40 rows has 8
        float[] all = new float[40 * 3];
        net.predict(DATA.features(), 40, all);
        float[] last = layers.get(layers.size() - 1).outputs();
        assertEquals(8 * 3, last.length);
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 32 * 3, 40 * 3), last);
    }
}
