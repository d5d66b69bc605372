package dev.unroll.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

class PredictionTest {
    private static final int ROWS = 203; // 3 partitions of sizes that are not multiples of the batch size 8

    private static UnrolledSmall trained() {
        UnrolledSmall net = UnrolledSmall.create(5L);
        List<Row> rows = Spark.rows(64, 9);
        net.fit(dev.unroll.DataSet.withLabels(Spark.features(rows), 6, Spark.labels(rows)),
                dev.unroll.Training.epochs(2).progress(dev.unroll.Progress.SILENT));
        return net;
    }

    @Test
    void outputsAndClassesEqualPredictInOneJvm() {
        UnrolledSmall net = trained();
        List<Row> rows = Spark.rows(ROWS, 1);
        float[] expected = new float[ROWS * 3];
        net.predict(Spark.features(rows), ROWS, expected);
        int[] classes = new int[ROWS];
        net.predictClasses(Spark.features(rows), ROWS, classes);

        List<Row> scored = SparkPredictor.of(net, UnrolledSmall::create)
                .transform(Spark.frame(rows, 3)).orderBy("id").collectAsList();

        assertEquals(ROWS, scored.size());
        for (int i = 0; i < ROWS; i++) {
            Row r = scored.get(i);
            assertEquals(i, r.getLong(0));
            float[] p = toFloats(r.getList(r.fieldIndex("probabilities")));
            assertArrayEquals(java.util.Arrays.copyOfRange(expected, i * 3, i * 3 + 3), p, "row " + i);
            assertEquals(classes[i], r.getInt(r.fieldIndex("prediction")), "row " + i);
        }
    }

    @Test
    void namedNumericColumnsAndTheFactoryByClassName() {
        UnrolledSmall net = trained();
        List<Row> rows = Spark.rows(40, 2);
        Dataset<Row> frame = Spark.frame(rows, 2);
        for (int j = 0; j < 6; j++) {
            frame = frame.withColumn("x" + j, functions.col("features").getItem(j).cast("float"));
        }
        frame = frame.drop("features");
        float[] expected = new float[40 * 3];
        net.predict(Spark.features(rows), 40, expected);

        List<Row> scored = SparkPredictor.of(net, NetworkFactory.of(UnrolledSmall.class.getName()))
                .features(Columns.featureColumns("x0", "x1", "x2", "x3", "x4", "x5"))
                .predictionColumn(null).outputColumn("p")
                .transform(frame).orderBy("id").collectAsList();

        for (int i = 0; i < 40; i++) {
            assertArrayEquals(java.util.Arrays.copyOfRange(expected, i * 3, i * 3 + 3),
                    toFloats(scored.get(i).getList(scored.get(i).fieldIndex("p"))), "row " + i);
        }
    }

    @Test
    void aMissingColumnIsNamedOnTheDriver() {
        UnrolledSmall net = UnrolledSmall.create();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkPredictor.of(net,
                UnrolledSmall::create).features(Columns.featureArray("pixels")).transform(Spark.frame(Spark.rows(4, 1), 1)));
        assertTrue(e.getMessage().contains("no column pixels"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkPredictor.of(net, UnrolledSmall::create)
                .features(Columns.featureColumns("id", "label")).transform(Spark.frame(Spark.rows(4, 1), 1)));
        assertTrue(e.getMessage().contains("2 feature columns"), e.getMessage());
    }

    @Test
    void aWrongLengthOrANullNamesTheColumnAndTheRow() {
        UnrolledSmall net = UnrolledSmall.create();
        List<Row> rows = new java.util.ArrayList<>(Spark.rows(10, 1));
        rows.set(7, RowFactory.create(7L, List.of(1.0, 2.0, 3.0), 1));
        String message = failure(net, rows);
        assertTrue(message.contains("column features holds 3 values in row 7 of partition 0"), message);

        rows = new java.util.ArrayList<>(Spark.rows(10, 1));
        rows.set(4, RowFactory.create(4L, null, 1));
        message = failure(net, rows);
        assertTrue(message.contains("column features is null in row 4 of partition 0"), message);

        rows = new java.util.ArrayList<>(Spark.rows(10, 1));
        rows.set(5, RowFactory.create(5L, java.util.Arrays.asList(1.0, 2.0, null, 4.0, 5.0, 6.0), 1));
        message = failure(net, rows);
        assertTrue(message.contains("column features has a null at index 2 in row 5 of partition 0"), message);
    }

    private static String failure(UnrolledSmall net, List<Row> rows) {
        Exception e = assertThrows(Exception.class, () -> SparkPredictor.of(net, UnrolledSmall::create)
                .transform(Spark.frame(rows, 1)).collectAsList());
        return e.toString() + " " + (e.getCause() == null ? "" : e.getCause().toString());
    }

    static float[] toFloats(List<Object> list) {
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) list.get(i)).floatValue();
        }
        return out;
    }

}
