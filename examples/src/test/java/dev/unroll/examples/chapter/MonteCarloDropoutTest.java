package dev.unroll.examples.chapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unroll.DataSet;
import dev.unroll.Model;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dropout in training and in Monte Carlo prediction: reproducible per seed, also on two threads;
 * identity in plain prediction; the mean of the samples; no state changes.
 */
@Tag("widths")
class MonteCarloDropoutTest {
    private final DataSet data = ChapterData.clusters(300, 3, 7);

    @Test
    void trainingWithDropoutIsReproduciblePerSeedAndThreadCount() {
        for (var create : java.util.List.<java.util.function.Supplier<Model>>of(
                UnrolledChapterNetworks_WithDropout::create, UnrolledChapterNetworks_WithAlphaDropout::create)) {
            Model one = create.get();
            Model two = create.get();
            two.setThreads(2);
            one.fit(data, ChapterData.quiet(2));
            two.fit(data, ChapterData.quiet(2));
            two.setThreads(1);
            float[] a = new float[one.parameterCount()];
            float[] b = new float[two.parameterCount()];
            one.copyParametersTo(a);
            two.copyParametersTo(b);
            assertArrayEquals(a, b, "same seed, 1 or 2 threads: the same bits");
        }
    }

    @Test
    void monteCarloPredictionIsTheMeanOfDropoutPassesAndReproducible() {
        UnrolledChapterNetworks_WithDropout net = UnrolledChapterNetworks_WithDropout.create();
        net.fit(data, ChapterData.quiet(2));
        int count = 40;
        float[] x = Arrays.copyOf(data.features(), count * 8);
        float[] plain = new float[count * 3];
        float[] plainAgain = new float[count * 3];
        net.predict(x, count, plain);
        float[] one = new float[count * 3];
        float[] many = new float[count * 3];
        float[] manyAgain = new float[count * 3];
        net.predictMonteCarlo(x, count, 1, one);
        net.predictMonteCarlo(x, count, 100, many);
        net.predictMonteCarlo(x, count, 100, manyAgain);
        net.predict(x, count, plainAgain);
        assertArrayEquals(many, manyAgain, "reproducible");
        assertArrayEquals(plain, plainAgain, "Monte Carlo passes change no state, and plain prediction has no dropout");
        assertFalse(Arrays.equals(plain, one), "one Monte Carlo pass drops units");
        double deviationOne = 0, deviationMany = 0;
        for (int i = 0; i < count; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += many[i * 3 + j];
                deviationOne += Math.abs(one[i * 3 + j] - plain[i * 3 + j]);
                deviationMany += Math.abs(many[i * 3 + j] - plain[i * 3 + j]);
            }
            assertEquals(1, sum, 1e-5, "a mean of probabilities is a distribution");
        }
        assertTrue(deviationMany < deviationOne, "100 samples average towards the deterministic prediction: "
                + deviationMany + " against " + deviationOne);
        UnrolledChapterNetworks_WithDropout other = UnrolledChapterNetworks_WithDropout.create();
        other.fit(data, ChapterData.quiet(2));
        float[] otherMany = new float[count * 3];
        other.predictMonteCarlo(x, count, 100, otherMany);
        assertArrayEquals(many, otherMany, "the same seed and training give the same Monte Carlo prediction");
        assertThrows(IllegalArgumentException.class, () -> net.predictMonteCarlo(x, count, 0, many));
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }
}
