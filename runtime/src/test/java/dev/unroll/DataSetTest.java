package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Scaling fitted on training data, splitting and seeded shuffling. */
class DataSetTest {
    private static DataSet sample() {
        float[] x = new float[100 * 3];
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            x[i * 3] = i;
            x[i * 3 + 1] = 10 + 2 * (i % 7);
            x[i * 3 + 2] = 5;
            y[i] = i % 4;
        }
        return DataSet.withLabels(x, 3, y);
    }

    @Test
    void standardizationGivesMeanZeroAndStandardDeviationOneOnTheTrainingData() {
        DataSet train = sample();
        FeatureScaler scaler = FeatureScaler.standardization(train);
        assertEquals(49.5f, scaler.offset()[0], 1e-4f);
        assertEquals(1 / Math.sqrt((100 * 100 - 1) / 12.0), scaler.scale()[0], 1e-6);
        DataSet scaled = scaler.apply(train);
        for (int j = 0; j < 2; j++) {
            double sum = 0, squares = 0;
            for (int i = 0; i < scaled.size(); i++) {
                sum += scaled.feature(i, j);
                squares += scaled.feature(i, j) * scaled.feature(i, j);
            }
            assertEquals(0, sum / scaled.size(), 1e-5);
            assertEquals(1, squares / scaled.size(), 1e-5);
        }
        assertEquals(0f, scaled.feature(7, 2), "a constant feature is only shifted");
        assertArrayEquals(train.labels(), scaled.labels());
    }

    @Test
    void statisticsOfTheTrainingSetAreAppliedToOtherSets() {
        FeatureScaler scaler = FeatureScaler.standardization(sample());
        DataSet other = DataSet.withLabels(new float[] {49.5f, 16f, 5f}, 3, new int[] {0});
        assertEquals(0f, scaler.apply(other).feature(0, 0), 1e-6f);
    }

    @Test
    void minMaxScalesToTheUnitInterval() {
        DataSet scaled = FeatureScaler.minMax(sample()).apply(sample());
        assertEquals(0f, scaled.feature(0, 0));
        assertEquals(1f, scaled.feature(99, 0));
        assertEquals(1f, scaled.feature(6, 1));
    }

    @Test
    void splitKeepsOrderAndShuffleFollowsTheSeed() {
        DataSet.Split split = sample().split(0.8);
        assertEquals(80, split.first().size());
        assertEquals(20, split.second().size());
        assertEquals(80f, split.second().feature(0, 0));
        DataSet a = sample().shuffled(7);
        assertArrayEquals(a.features(), sample().shuffled(7).features());
        assertFalse(Arrays.equals(a.features(), sample().shuffled(8).features()));
        int[] labels = a.labels();
        for (int i = 0; i < a.size(); i++) {
            assertEquals((int) a.feature(i, 0) % 4, labels[i], "rows move with their labels");
        }
    }

    @Test
    void shapesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> DataSet.withLabels(new float[5], 2, new int[2]));
        assertThrows(IllegalArgumentException.class, () -> DataSet.withTargets(new float[4], 2, new float[3], 2));
        assertThrows(IllegalArgumentException.class, () -> sample().split(1.0));
    }
}
