package dev.unroll.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * How rows become replicas' shards. Rows are numbered in DataFrame order; the last
 * {@code validationSplit} of them are held out. A permutation of the training rows drawn from the
 * seed deals them into {@code workers} shards of {@code floor(rows / workers)} rows each (the
 * fewer than {@code workers} rows left over sit out); each shard is packed into flat arrays in
 * its permuted order and cached, one per Spark partition. Each epoch a replica walks its shard in
 * an order drawn from (seed, epoch, shard). None of this depends on how the input is partitioned.
 */
final class Sharding {
    private Sharding() {}

    /** A uniform permutation of {@code 0..n-1} (Fisher–Yates). */
    static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The order in which shard {@code shard} walks its rows in {@code epoch} (1-based). */
    static int[] epochOrder(long seed, int epoch, int shard, int count, boolean shuffle) {
        if (!shuffle) {
            return identity(count);
        }
        return permutation(count, seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + shard);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /**
     * Every row read into flat form (the reader's errors name the column and the row), numbered in
     * DataFrame order; read once, before any shuffle, so the shuffles move float arrays, not rows.
     */
    static JavaRDD<Example> examples(JavaPairRDD<Row, Long> indexed, RowReader reader, int in, int out,
                                     boolean labels) {
        return indexed.map(t -> {
            RowReader.Where where = new RowReader.Where();
            where.global = true;
            where.row = t._2();
            float[] x = new float[in];
            reader.features(t._1(), where, x, 0);
            if (labels) {
                return new Example(t._2(), x, reader.label(t._1(), where), null);
            }
            float[] y = new float[out];
            reader.targets(t._1(), where, y, 0);
            return new Example(t._2(), x, 0, y);
        });
    }

    /** The training shards: row {@code i < trainRows} goes to shard {@code perm[i] / shardSize}. */
    static JavaRDD<Shard> training(JavaRDD<Example> examples, long trainRows, Broadcast<int[]> perm, int workers,
                                   int shardSize, int in, int out, boolean labels) {
        return examples
                .filter(e -> e.row < trainRows && perm.value()[(int) e.row] < workers * shardSize)
                .mapToPair(e -> new Tuple2<>(perm.value()[(int) e.row] / shardSize, e))
                .partitionBy(new ByKey(workers))
                .mapPartitionsWithIndex((shard, rows) -> List.of(pack(shard, rows, r -> perm.value()[(int) r], in, out,
                        labels)).iterator(), true);
    }

    /** The validation rows ({@code i >= trainRows}), dealt round-robin into {@code parts} packs in row order. */
    static JavaRDD<Shard> validation(JavaRDD<Example> examples, long trainRows, int parts, int in, int out,
                                     boolean labels) {
        return examples
                .filter(e -> e.row >= trainRows)
                .mapToPair(e -> new Tuple2<>((int) ((e.row - trainRows) % parts), e))
                .partitionBy(new ByKey(parts))
                .mapPartitionsWithIndex((part, rows) -> List.of(pack(part, rows, r -> r, in, out, labels)).iterator(),
                        true);
    }

    private interface Rank extends java.io.Serializable {
        long of(long row);
    }

    private static Shard pack(int index, Iterator<Tuple2<Integer, Example>> rows, Rank rank, int in, int out,
                              boolean labels) {
        List<Example> list = new ArrayList<>();
        rows.forEachRemaining(t -> list.add(t._2()));
        list.sort(Comparator.comparingLong(e -> rank.of(e.row)));
        int n = list.size();
        float[] x = new float[n * in];
        int[] y = labels ? new int[n] : null;
        float[] targets = labels ? null : new float[n * out];
        for (int i = 0; i < n; i++) {
            Example e = list.get(i);
            System.arraycopy(e.x, 0, x, i * in, in);
            if (labels) {
                y[i] = e.label;
            } else {
                System.arraycopy(e.targets, 0, targets, i * out, out);
            }
        }
        return new Shard(index, n, x, y, targets);
    }

    /** Sends key {@code k} (a shard or tree-node number) to partition {@code k}. */
    static final class ByKey extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByKey(int partitions) {
            this.partitions = partitions;
        }

        @Override public int numPartitions() {
            return partitions;
        }

        @Override public int getPartition(Object key) {
            return (Integer) key;
        }

        @Override public boolean equals(Object o) {
            return o instanceof ByKey b && b.partitions == partitions;
        }

        @Override public int hashCode() {
            return partitions;
        }
    }
}
