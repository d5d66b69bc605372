package dev.unroll.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One SparkSession for all tests of the module, {@code local[2, 2]}: two cores and two attempts
 * per task, so that a failed task is retried as on a cluster. When Spark cannot start on this JDK,
 * the tests are skipped with the reason.
 */
final class Spark {
    private static SparkSession session;
    private static Throwable failure;

    private Spark() {}

    static synchronized SparkSession session() {
        if (session == null && failure == null) {
            try {
                session = SparkSession.builder()
                        .master("local[2,2]")
                        .appName("unroll-spark-tests")
                        .config("spark.ui.enabled", "false")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.sql.shuffle.partitions", "2")
                        .config("spark.default.parallelism", "2")
                        .getOrCreate();
                session.sparkContext().setLogLevel("ERROR");
            } catch (Throwable e) {
                failure = e;
            }
        }
        assumeTrue(session != null, () -> "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + " does not start on JDK " + Runtime.version() + ": " + rootCause(failure));
        return session;
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.toString();
    }

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("features", DataTypes.createArrayType(DataTypes.DoubleType, true), true)
            .add("label", DataTypes.IntegerType, true);

    /** {@code n} rows of 6 features in 3 learnable classes: (id, features array<double>, label int). */
    static List<Row> rows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = random.nextInt(3);
            Double[] x = new Double[6];
            for (int j = 0; j < 6; j++) {
                x[j] = random.nextGaussian() + (j % 3 == label ? 1.5 : 0);
            }
            rows.add(RowFactory.create((long) i, java.util.Arrays.asList(x), label));
        }
        return rows;
    }

    static Dataset<Row> frame(List<Row> rows, int partitions) {
        return session().createDataFrame(rows, SCHEMA)
                .repartitionByRange(partitions, org.apache.spark.sql.functions.col("id")).sortWithinPartitions("id");
    }

    static float[] features(List<Row> rows) {
        float[] x = new float[rows.size() * 6];
        for (int i = 0; i < rows.size(); i++) {
            List<?> f = (List<?>) rows.get(i).get(1);
            for (int j = 0; j < 6; j++) {
                x[i * 6 + j] = ((Number) f.get(j)).floatValue();
            }
        }
        return x;
    }

    static int[] labels(List<Row> rows) {
        return rows.stream().mapToInt(r -> r.getInt(2)).toArray();
    }
}
