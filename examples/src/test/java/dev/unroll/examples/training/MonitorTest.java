package dev.unroll.examples.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.History;
import dev.unroll.Model;
import dev.unroll.NonFiniteLossException;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The central problem of Glorot & Bengio (2010) made visible: vanishing and exploding gradients, named by layer, and NaN. */
class MonitorTest {
    /** Multiplies every parameter by {@code factor}. */
    private static void scale(Model net, float factor) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        for (int i = 0; i < p.length; i++) {
            p[i] *= factor;
        }
        net.setParameters(p);
    }

    @Test
    void tenSigmoidLayersWithTinyWeightsVanish() {
        Networks.DeepSigmoid net = UnrolledNetworks_DeepSigmoid.create();
        scale(net, 0.05f);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        History history = net.fit(Data.clusters(256, 16, 4, 1.0, 1), Training.epochs(2).progress(Progress.LINES)
                .output(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        assertTrue(history.warnings().stream().anyMatch(w -> w.startsWith("layer1: gradients are vanishing")),
                history.warnings().toString());
        assertTrue(history.warnings().stream().noneMatch(w -> w.startsWith("output:")), "the output layer still learns");
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Warning: layer1: gradients are vanishing"));
        assertEquals(1, history.warnings().stream().filter(w -> w.startsWith("layer1:")).count(), "warned once per layer");

        History.Epoch first = history.epochs().get(0);
        int layer1 = history.layers().indexOf("layer1");
        int output = history.layers().indexOf("output");
        assertTrue(first.gradientNorms()[layer1] < 1e-6 * first.gradientNorms()[output],
                "recorded norms show it: " + java.util.Arrays.toString(first.gradientNorms()));
        assertTrue(first.updateRatios()[layer1] < 1e-6, "layer1 barely moves: " + first.updateRatios()[layer1]);
    }

    @Test
    void healthyNetworksGetNoWarning() {
        History history = UnrolledNetworks_Classifier.create().fit(Data.clusters(400, 8, 3, 0.8, 1),
                Training.epochs(3).progress(Progress.SILENT));
        assertEquals(java.util.List.of(), history.warnings());
        for (History.Epoch e : history.epochs()) {
            for (double ratio : e.updateRatios()) {
                assertTrue(ratio > 0 && ratio < 1, "update ratio " + ratio);
            }
        }
    }

    @Test
    void reluLayersWithHugeWeightsExplodeAndTheNaNIsStoppedBeforeItLands() {
        Networks.DeepRelu net = UnrolledNetworks_DeepRelu.create();
        scale(net, 3f);
        DataSet data = Data.regression(256, 16, 2, 1);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> net.fit(data, Training.epochs(20).monitorEvery(1).progress(Progress.SILENT)));
        assertTrue(e.getMessage().contains("that step was not applied"), e.getMessage());
        assertTrue(e.layer() != null && e.getMessage().contains("of layer " + e.layer()), e.getMessage());
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        for (float v : p) {
            assertTrue(Float.isFinite(v), "the network keeps its last finite parameters");
        }
        assertEquals(e.step() - 1, net.steps());
    }

    @Test
    void explodingGradientsAreNamedBeforeTheyBecomeNaN() {
        Networks.DeepRelu net = UnrolledNetworks_DeepRelu.create();
        scale(net, 3f);
        java.util.List<String> printed = new java.util.ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            net.fit(Data.regression(256, 16, 2, 1), Training.epochs(20).monitorEvery(1).progress(Progress.LINES)
                    .output(new PrintStream(out, true, StandardCharsets.UTF_8)));
        } catch (NonFiniteLossException expected) {
            printed.add(expected.getMessage());
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*Warning: layer[1-6]: gradients are exploding: norm .*"), text);
        assertEquals(1, printed.size(), "then the loss became NaN");
    }
}
