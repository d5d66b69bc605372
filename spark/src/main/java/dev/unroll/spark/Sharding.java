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

    /** The training shards: row {@code i < trainRows} goes to shard {@code perm[i] / shardSize}. */
    static JavaRDD<Shard> training(JavaPairRDD<Row, Long> indexed, long trainRows, Broadcast<int[]> perm, int workers,
                                   int shardSize, RowReader reader, int in, int out, boolean labels) {
        return indexed
                .filter(t -> t._2() < trainRows && perm.value()[(int) (long) t._2()] < workers * shardSize)
                .mapToPair(t -> new Tuple2<>(perm.value()[(int) (long) t._2()] / shardSize, new Tuple2<>(t._2(), t._1())))
                .partitionBy(new ByKey(workers))
                .mapPartitionsWithIndex((shard, rows) -> List.of(pack(shard, rows, r -> perm.value()[(int) (long) r],
                        reader, in, out, labels)).iterator(), true);
    }

    /** The validation rows ({@code i >= trainRows}), dealt round-robin into {@code parts} packs in row order. */
    static JavaRDD<Shard> validation(JavaPairRDD<Row, Long> indexed, long trainRows, int parts, RowReader reader,
                                     int in, int out, boolean labels) {
        return indexed
                .filter(t -> t._2() >= trainRows)
                .mapToPair(t -> new Tuple2<>((int) ((t._2() - trainRows) % parts), new Tuple2<>(t._2(), t._1())))
                .partitionBy(new ByKey(parts))
                .mapPartitionsWithIndex((part, rows) -> List.of(pack(part, rows, r -> r, reader, in, out, labels))
                        .iterator(), true);
    }

    private interface Rank extends java.io.Serializable {
        long of(long row);
    }

    private static Shard pack(int index, Iterator<Tuple2<Integer, Tuple2<Long, Row>>> rows, Rank rank,
                              RowReader reader, int in, int out, boolean labels) {
        List<Tuple2<Long, Row>> list = new ArrayList<>();
        rows.forEachRemaining(t -> list.add(t._2()));
        list.sort(Comparator.comparingLong(t -> rank.of(t._1())));
        int n = list.size();
        float[] x = new float[n * in];
        int[] y = labels ? new int[n] : null;
        float[] targets = labels ? null : new float[n * out];
        RowReader.Where where = new RowReader.Where();
        where.global = true;
        for (int i = 0; i < n; i++) {
            where.row = list.get(i)._1();
            Row row = list.get(i)._2();
            reader.features(row, where, x, i * in);
            if (labels) {
                y[i] = reader.label(row, where);
            } else {
                reader.targets(row, where, targets, i * out);
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
