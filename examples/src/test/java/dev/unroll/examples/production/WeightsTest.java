package dev.unroll.examples.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.History;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Class and sample weights in fit, with Keras' semantics: loss Σ w_i l_i / batch size, and its gradient. */
class WeightsTest {
    private static final DataSet DATA = data(16, 1);

    private static DataSet data(int rows, long seed) {
        Random random = new Random(seed);
        float[] x = new float[rows * 2];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 3;
            x[2 * i] = y[i] + (float) random.nextGaussian() * 0.5f;
            x[2 * i + 1] = -y[i] + (float) random.nextGaussian() * 0.5f;
        }
        return DataSet.withLabels(x, 2, y);
    }

    private static Training oneEpoch() {
        return Training.epochs(1).shuffle(false).monitorEvery(0).progress(Progress.SILENT);
    }

    private static float[] parameters(Model net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    @Test
    void doubledWeightsEqualADoubledLearningRateForSgdAndDoubleTheLoss() {
        float[] twos = new float[DATA.size()];
        java.util.Arrays.fill(twos, 2f);
        Networks.SgdClassifier weighted = UnrolledNetworks_SgdClassifier.create();
        History h = weighted.fit(DATA, oneEpoch().sampleWeights(twos));
        Networks.SgdClassifier plain = UnrolledNetworks_SgdClassifier.create();
        plain.setLearningRate(0.2);
        History p = plain.fit(DATA, oneEpoch());
        assertArrayEquals(parameters(plain), parameters(weighted));
        assertEquals(2 * p.loss()[0], h.loss()[0], 1e-6);
    }

    @Test
    void classWeightsAreSampleWeightsTakenFromTheLabel() {
        double[] perClass = {1.0, 0.0, 3.0};
        float[] perRow = new float[DATA.size()];
        for (int i = 0; i < perRow.length; i++) {
            perRow[i] = (float) perClass[DATA.label(i)];
        }
        Networks.SgdClassifier a = UnrolledNetworks_SgdClassifier.create();
        History ha = a.fit(DATA, oneEpoch().classWeights(perClass));
        Networks.SgdClassifier b = UnrolledNetworks_SgdClassifier.create();
        History hb = b.fit(DATA, oneEpoch().sampleWeights(perRow));
        assertArrayEquals(parameters(b), parameters(a));
        assertEquals(hb.loss()[0], ha.loss()[0]);
    }

    @Test
    void zeroWeightRowsDoNotMoveTheNetwork() {
        // rows of weight 0 add nothing: half the rows weighted 0 equals the other half alone at half the rate
        float[] half = new float[DATA.size()];
        int[] keep = new int[DATA.size() / 2];
        float[] x = new float[keep.length * 2];
        for (int i = 0; i < DATA.size(); i += 2) {
            half[i] = 1f;
            keep[i / 2] = DATA.label(i);
            x[i] = DATA.feature(i, 0);
            x[i + 1] = DATA.feature(i, 1);
        }
        Networks.SgdClassifier weighted = UnrolledNetworks_SgdClassifier.create();
        weighted.fit(DATA, oneEpoch().sampleWeights(half));
        Networks.SgdClassifier alone = UnrolledNetworks_SgdClassifier.create();
        alone.setLearningRate(0.05);
        alone.fit(DataSet.withLabels(x, 2, keep), oneEpoch());
        assertArrayEquals(parameters(alone), parameters(weighted), 1e-6f);
    }

    @Test
    void wrongWeightsAreRefusedBeforeTraining() {
        Networks.SgdClassifier net = UnrolledNetworks_SgdClassifier.create();
        float[] before = parameters(net);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.fit(DATA, oneEpoch().classWeights(1, 2)));
        assertTrue(e.getMessage().contains("classWeights holds 2 weights; this network has 3 classes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.fit(DATA, oneEpoch().sampleWeights(new float[3])));
        assertTrue(e.getMessage().contains("sampleWeights holds 3 weights; the data has 16 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> oneEpoch().classWeights(1, 1, 1).sampleWeights(new float[16]));
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> oneEpoch().classWeights(1, -1, 1));
        assertArrayEquals(before, parameters(net));
    }

    @Test
    void balancedClassWeightsFollowScikitLearn() {
        DataSet skewed = DataSet.withLabels(new float[8], 2, new int[] {0, 0, 0, 1});
        assertArrayEquals(new double[] {4.0 / 9, 4.0 / 3, 1}, Training.balancedClassWeights(skewed, 3), 1e-12);
    }
}
