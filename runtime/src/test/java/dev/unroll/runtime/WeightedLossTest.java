package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.History;
import dev.unroll.Loss;
import dev.unroll.Progress;
import dev.unroll.Training;
import dev.unroll.kernels.Losses;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Weighted training's loss against the unweighted kernels of {@link Losses}: every loss with unit
 * weights gives the kernel's value, weights scale each row's kernel loss, the weighted gradient
 * ({@link Losses#weighRows} on the kernel's) is the derivative of the weighted loss, and what
 * {@code fit} reports keeps the weight penalties the unweighted loss has.
 */
class WeightedLossTest {
    private static final int M = 5;
    private static final int N = 3;
    private static final int LD = 4; // padded rows, as the generated output buffers are

    @Test
    void everyLossWithUnitWeightsIsTheUnweightedLoss() {
        float[] ones = new float[M];
        Arrays.fill(ones, 1f);
        for (Loss loss : Loss.values()) {
            Batch b = new Batch(loss, 11);
            float expected = b.kernel(loss, M, 0);
            float weighted = WeightedLoss.of(loss, b.p, LD, N, b.labels, b.t, ones, M);
            assertEquals(expected, weighted, 2 * Math.ulp(expected), loss.name());
            assertEquals(expected, WeightedLoss.reported(expected, loss, b.p, LD, N, b.labels, b.t, ones, M), 0f,
                    loss + ": reported with weights 1 is the unweighted value bit for bit");
        }
    }

    @Test
    void weightsScaleEachRowsKernelLoss() {
        float[] w = {0.5f, 2f, 0f, 1f, 3.25f};
        for (Loss loss : Loss.values()) {
            Batch b = new Batch(loss, 5);
            double sum = 0;
            for (int i = 0; i < M; i++) {
                sum += w[i] * b.kernel(loss, 1, i);
            }
            float expected = (float) (sum / M);
            float weighted = WeightedLoss.of(loss, b.p, LD, N, b.labels, b.t, w, M);
            assertEquals(expected, weighted, 4 * Math.ulp(expected), loss.name());
        }
    }

    /** Huber and mean absolute error write dL/dy; weighed rows are then the derivative of Σ w_i l_i / m. */
    @Test
    void theWeighedGradientIsTheDerivativeOfTheWeightedLoss() {
        float[] w = {0.5f, 2f, 0f, 1f, 3.25f};
        for (Loss loss : new Loss[] {Loss.MEAN_SQUARED_ERROR, Loss.HUBER, Loss.MEAN_ABSOLUTE_ERROR}) {
            Batch b = new Batch(loss, 3);
            float[] delta = new float[M * LD];
            b.kernel(loss, M, 0, delta);
            Losses.weighRows(delta, w, M, N, LD);
            for (int i = 0; i < M; i++) {
                for (int j = 0; j < N; j++) {
                    int at = i * LD + j;
                    double numeric = derivative(loss, b, w, at);
                    assertEquals(numeric, delta[at], 2e-3, loss + " at row " + i + ", output " + j);
                }
            }
        }
    }

    @Test
    void fitWithUnitWeightsReportsTheUnweightedLossPenaltiesIncluded() {
        for (Loss loss : new Loss[] {Loss.MEAN_SQUARED_ERROR, Loss.HUBER, Loss.MEAN_ABSOLUTE_ERROR}) {
            DataSet data = regression();
            float[] ones = new float[data.size()];
            Arrays.fill(ones, 1f);
            TwoLayers plain = new TwoLayers(loss, 0.01, 3);
            TwoLayers weighted = new TwoLayers(loss, 0.01, 3);
            History a = plain.fit(data, Training.epochs(3).shuffle(false).progress(Progress.SILENT));
            History b = weighted.fit(data, Training.epochs(3).shuffle(false).progress(Progress.SILENT)
                    .sampleWeights(ones));
            for (int e = 0; e < 3; e++) {
                assertEquals(a.epochs().get(e).loss(), b.epochs().get(e).loss(), 0, loss + ", epoch " + (e + 1));
            }
            assertArrayEquals(plain.parameters(), weighted.parameters(), loss.name());
        }
    }

    @Test
    void aWeightedStepReportsTheWeightedDataLossPlusThePenalties() {
        float[] x = {1, 2, -1, 0.5f, 3, -2, 0, 1};
        float[] y = {4, -1, 2, 0.5f}; // errors on both sides of Huber's δ = 1
        float[] w = {2f, 0f, 0.5f, 1.5f};
        for (Loss loss : new Loss[] {Loss.MEAN_SQUARED_ERROR, Loss.HUBER, Loss.MEAN_ABSOLUTE_ERROR}) {
            TwoLayers twin = new TwoLayers(loss, 0.05, 9);
            twin.computeGradients(x, y, 4); // the same forward, no step
            double expected = WeightedLoss.of(loss, twin.output, 1, 1, null, y, w, 4) + twin.penalty();
            TwoLayers net = new TwoLayers(loss, 0.05, 9);
            float reported = net.trainChecked(x, null, y, w, 4);
            assertEquals(expected, reported, 1e-6, loss.name());
            assertTrue(twin.penalty() > 0.01, "the penalty is large enough to be missed");
        }
    }

    @Test
    void classWeightsStillNeedClasses() {
        for (Loss loss : new Loss[] {Loss.HUBER, Loss.MEAN_ABSOLUTE_ERROR}) {
            TwoLayers net = new TwoLayers(loss);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.fit(regression(),
                    Training.epochs(1).progress(Progress.SILENT).classWeights(1, 2)));
            assertTrue(e.getMessage().contains("classWeights need classes") && e.getMessage().contains(loss.name()),
                    e.getMessage());
            assertEquals(0, net.steps());
        }
    }

    private static double derivative(Loss loss, Batch b, float[] w, int at) {
        float h = 1e-2f;
        float saved = b.p[at];
        b.p[at] = saved + h;
        double up = WeightedLoss.of(loss, b.p, LD, N, b.labels, b.t, w, M);
        b.p[at] = saved - h;
        double down = WeightedLoss.of(loss, b.p, LD, N, b.labels, b.t, w, M);
        b.p[at] = saved;
        return (up - down) / (2 * h);
    }

    private static DataSet regression() {
        Random random = new Random(1);
        int rows = 12;
        float[] x = new float[2 * rows];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            x[2 * i] = (float) random.nextGaussian();
            x[2 * i + 1] = (float) random.nextGaussian();
            y[i] = 2 * x[2 * i] - x[2 * i + 1] + (float) random.nextGaussian() * 1.5f;
        }
        return DataSet.withTargets(x, 2, y, 1);
    }

    /**
     * Predictions that fit the loss (softmax rows, sigmoids, or any values with errors on both sides
     * of Huber's δ and away from its kinks), targets and labels, padded to {@link #LD}.
     */
    private static final class Batch {
        final float[] p = new float[M * LD];
        final float[] t = new float[M * N];
        final int[] labels = new int[M];

        Batch(Loss loss, long seed) {
            Random random = new Random(seed);
            for (int i = 0; i < M; i++) {
                labels[i] = random.nextInt(N);
                float sum = 0;
                for (int j = 0; j < N; j++) {
                    float v = (float) random.nextGaussian();
                    p[i * LD + j] = switch (loss) {
                        case SPARSE_CATEGORICAL_CROSSENTROPY, CATEGORICAL_CROSSENTROPY -> (float) Math.exp(v);
                        case BINARY_CROSSENTROPY -> (float) (1 / (1 + Math.exp(-v)));
                        default -> v;
                    };
                    sum += p[i * LD + j];
                    t[i * N + j] = loss.isRegression() ? v + offset(random) : random.nextFloat();
                }
                if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY || loss == Loss.CATEGORICAL_CROSSENTROPY) {
                    for (int j = 0; j < N; j++) {
                        p[i * LD + j] /= sum;
                    }
                }
                p[i * LD + N] = Float.NaN; // padding: never read
            }
        }

        /** An error of 0.2 to 0.8 or 1.2 to 2.2 either way: clear of 0 and of Huber's δ = 1. */
        private static float offset(Random random) {
            float size = random.nextBoolean() ? 0.2f + 0.6f * random.nextFloat() : 1.2f + random.nextFloat();
            return random.nextBoolean() ? size : -size;
        }

        float kernel(Loss loss, int m, int first) {
            return kernel(loss, m, first, new float[m * LD + first * LD]);
        }

        /** The unweighted kernel over rows {@code first} to {@code first + m}. */
        float kernel(Loss loss, int m, int first, float[] delta) {
            float[] rows = Arrays.copyOfRange(p, first * LD, (first + m) * LD);
            float[] targets = Arrays.copyOfRange(t, first * N, (first + m) * N);
            int[] ls = Arrays.copyOfRange(labels, first, first + m);
            float[] d = new float[m * LD];
            float value = switch (loss) {
                case SPARSE_CATEGORICAL_CROSSENTROPY -> Losses.sparseCategoricalCrossentropy(rows, ls, d, m, N, LD);
                case CATEGORICAL_CROSSENTROPY -> Losses.categoricalCrossentropy(rows, targets, d, m, N, LD);
                case BINARY_CROSSENTROPY -> Losses.binaryCrossentropy(rows, targets, d, m, N, LD);
                case MEAN_SQUARED_ERROR -> Losses.meanSquaredError(rows, targets, d, m, N, LD);
                case HUBER -> Losses.huber(rows, targets, d, m, N, LD);
                case MEAN_ABSOLUTE_ERROR -> Losses.meanAbsoluteError(rows, targets, d, m, N, LD);
            };
            System.arraycopy(d, 0, delta, first * LD, d.length);
            return value;
        }
    }
}
