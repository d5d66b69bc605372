package dev.unroll.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.History;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static final long SEED = 11;

    /** 2 replicas × 16 rows, batch 8: 2 steps per epoch; K = 2 makes one round per epoch. */
    @Test
    void aRoundIsTheAverageOfTwoLocalCopies() {
        List<Row> rows = Spark.rows(32, 4);
        UnrolledSmall start = UnrolledSmall.create(1L);
        float[] initial = FlatState.of(start);

        UnrolledSmall net = UnrolledSmall.create(1L);
        SparkTrainer.of(net, UnrolledSmall::create).fit(Spark.frame(rows, 3),
                SparkTraining.epochs(1).workers(2).stepsPerRound(2).seed(SEED).progress(null));

        float[] x = Spark.features(rows);
        int[] y = Spark.labels(rows);
        int[] perm = Sharding.permutation(32, SEED);
        float[][] states = new float[2][];
        for (int shard = 0; shard < 2; shard++) {
            int[] members = new int[16]; // the shard's rows in permuted order
            for (int i = 0; i < 32; i++) {
                if (perm[i] / 16 == shard) {
                    members[perm[i] % 16] = i;
                }
            }
            int[] order = Sharding.epochOrder(SEED, 1, shard, 16, true);
            UnrolledSmall copy = UnrolledSmall.create(99L); // any seed: the state is set over it
            FlatState.apply(initial, 0, copy);
            for (int step = 0; step < 2; step++) {
                float[] bx = new float[8 * 6];
                int[] by = new int[8];
                for (int i = 0; i < 8; i++) {
                    int row = members[order[step * 8 + i]];
                    System.arraycopy(x, row * 6, bx, i * 6, 6);
                    by[i] = y[row];
                }
                copy.trainBatch(bx, by, 8);
            }
            states[shard] = FlatState.of(copy);
        }
        float[] average = new float[initial.length];
        for (int i = 0; i < average.length; i++) {
            average[i] = (states[0][i] + states[1][i]) / 2;
        }
        assertArrayEquals(average, FlatState.of(net), "parameters, moving statistics and Adam's m and v");
        assertEquals(2, net.steps());
        assertTrue(net.optimizerStateSize() == 2 * net.parameterCount());
    }

    @Test
    void theSameSeedGivesTheSameNetworkWhateverThePartitioningAndARetryChangesNothing() {
        List<Row> rows = Spark.rows(100, 5);
        SparkTraining training = SparkTraining.epochs(2).workers(3).stepsPerRound(2).seed(SEED)
                .validationSplit(0.2).progress(null);
        UnrolledSmall a = UnrolledSmall.create();
        History history = SparkTrainer.of(a, UnrolledSmall::create).fit(Spark.frame(rows, 2), training);

        UnrolledSmall b = UnrolledSmall.create();
        FaultInjection.shard = 1;
        FaultInjection.round = 1;
        FaultInjection.thrown = 0;
        try {
            SparkTrainer.of(b, NetworkFactory.of(UnrolledSmall.class.getName())).fit(Spark.frame(rows, 5), training);
        } finally {
            FaultInjection.shard = -1;
        }
        assertEquals(1, FaultInjection.thrown, "the first attempt of replica 1 in round 1 failed once and was retried");
        assertArrayEquals(FlatState.of(a), FlatState.of(b));
        assertEquals(a.steps(), b.steps());

        UnrolledSmall c = UnrolledSmall.create();
        SparkTrainer.of(c, UnrolledSmall::create).fit(Spark.frame(rows, 2), training.seed(SEED + 1));
        assertFalse(java.util.Arrays.equals(FlatState.of(a), FlatState.of(c)), "another seed, another sharding");

        assertEquals(2, history.epochs().size());
        History.Epoch last = history.epochs().get(1);
        assertTrue(last.loss() > 0 && last.accuracy() > 0.4, last.toString());
        assertTrue(last.validationLoss() > 0 && last.validationAccuracy() >= 0 && last.validationAccuracy() <= 1,
                last.toString()); // 20 rows after 2 short epochs: only the shape is checked
        // 80 training rows, 3 replicas of 26, 2 left over; 4 steps per epoch (8 + 8 + 8 + 2 rows) in 2 rounds
        assertEquals(8, a.steps());
    }

    @Test
    void badTrainingRowsNameTheColumnAndTheRow() {
        List<Row> rows = new java.util.ArrayList<>(Spark.rows(20, 1));
        rows.set(13, org.apache.spark.sql.RowFactory.create(13L, Spark.rows(1, 2).get(0).get(1), 7));
        Exception e = assertThrows(Exception.class, () -> SparkTrainer.of(UnrolledSmall.create(), UnrolledSmall::create)
                .fit(Spark.frame(rows, 2), SparkTraining.epochs(1).progress(null)));
        String message = e + " " + e.getCause();
        assertTrue(message.contains("label column label holds 7 in row 13; labels are class numbers 0..2"), message);

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SparkTrainer.of(UnrolledSmall.create(), UnrolledSmall::create)
                        .columns(Columns.featureArray("features").label("class"))
                        .fit(Spark.frame(rows, 2), SparkTraining.epochs(1).progress(null)));
        assertTrue(missing.getMessage().contains("no column class"), missing.getMessage());
    }
}
