package dev.unroll.spark;

import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Sums the replicas' partials up a binary tree whose shape depends only on the number of replicas:
 * at each level node {@code k} adds its children {@code 2k} and {@code 2k + 1} (one Spark shuffle
 * per level, {@code ceil(log2 workers)} levels). Every addition has exactly two operands, and
 * float addition is commutative, so the sum is the same bits whichever child arrives first, on
 * any cluster, on a retry, and whatever the partitioning of the input was.
 */
final class TreeSum {
    private TreeSum() {}

    static Partial of(JavaPairRDD<Integer, Partial> leaves, int count) {
        JavaPairRDD<Integer, Partial> level = leaves;
        int n = count;
        while (n > 1) {
            int parents = (n + 1) / 2;
            level = level.mapToPair(t -> new Tuple2<>(t._1() / 2, t._2()))
                    .reduceByKey(new Sharding.ByKey(parents), Partial::plus);
            n = parents;
        }
        return level.values().collect().get(0);
    }
}
