package dev.unroll.examples.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.Model;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Experiment 6's pieces on the shipped subset: its data, the spread of single Monte Carlo passes
 * and the confidence on correct and wrong predictions.
 */
class RegularizationTest {
    @Test
    void trainsOnTheFirstFiveThousandImagesOnly() throws IOException {
        Setup raw = Setup.load("shipped");
        Setup data = new Regularization().data(raw);
        assertEquals(5_000, data.train().size());
        assertEquals(raw.validation().size(), data.validation().size());
        assertEquals(raw.test().size(), data.test().size());
        assertArrayEquals(raw.train().rows(0, 5_000).labels(), data.train().labels());
        assertTrue(data.source().endsWith("of which the first 5,000 training images are used"), data.source());
    }

    @Test
    void repeatedSinglePassesAreEqualSoTheSpreadShiftsTheImages() throws IOException {
        DataSet images = Setup.load("shipped").test().rows(0, 64);
        float[] x = images.features();
        Model net = UnrolledRegularization_WithDropout.create();
        float[] first = new float[640], again = new float[640];
        net.predictMonteCarlo(x, 64, 1, first);
        net.predictMonteCarlo(x, 64, 1, again);
        assertArrayEquals(first, again, "the same call draws the same masks");

        double[][] one = Regularization.spread(net, x, 64, 1);
        for (int i = 0; i < 640; i++) {
            assertEquals(first[i], one[0][i], 1e-7, "pass 0 is the unshifted pass");
            assertEquals(0, one[1][i], 1e-7);
        }
        double[][] many = Regularization.spread(net, x, 64, 20);
        double spread = 0;
        for (double d : many[1]) {
            spread += d;
        }
        assertTrue(spread / 640 > 1e-3, "shifted passes draw other masks: mean spread " + spread / 640);

        double[][] none = Regularization.spread(UnrolledRegularization_Plain.create(), x, 64, 5);
        for (double d : none[1]) {
            assertEquals(0, d, 1e-6, "without dropout every pass is the same");
        }
    }

    @Test
    void confidenceSeparatesCorrectFromWrong() {
        float[] p = {0.9f, 0.1f, 0.4f, 0.6f, 0.7f, 0.3f};
        int[] labels = {0, 1, 1};
        double[] spread = {0.01, 0.5, 0.5, 0.02, 0.03, 0.5};
        Regularization.Confidence c = Regularization.Confidence.of(p, labels, spread);
        assertEquals(2 / 3.0, c.accuracy(), 1e-12);
        assertEquals(1, c.wrong());
        assertEquals((0.9 + 0.6) / 2, c.correctConfidence(), 1e-6);
        assertEquals(0.7, c.wrongConfidence(), 1e-6);
        assertEquals((0.01 + 0.02) / 2, c.correctSpread(), 1e-12);
        assertEquals(0.03, c.wrongSpread(), 1e-12);
    }
}
