package dev.unroll.spark;

import dev.unroll.Model;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Batch prediction over a DataFrame: the network's state is broadcast once (its model-file bytes),
 * each task makes one network and predicts its rows in chunks of {@code batchSize()} through two
 * buffers it allocates once; the outputs are added as columns. Results equal
 * {@link Model#predict} in one JVM.
 *
 * <pre>{@code
 * Dataset<Row> scored = SparkPredictor.of(net, UnrolledFashionMlp::create)
 *         .features(Columns.featureArray("pixels"))
 *         .transform(images);   // adds "probabilities" (array<float>) and "prediction" (int)
 * }</pre>
 */
public final class SparkPredictor implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] state;
    private final NetworkFactory factory;
    private final int inputSize;
    private final int outputSize;
    private final int batchSize;
    private Columns columns = Columns.featureArray("features");
    private String probabilities = "probabilities";
    private String prediction = "prediction";

    private SparkPredictor(Model net, NetworkFactory factory) {
        this.state = ModelBytes.of(net);
        this.factory = factory;
        this.inputSize = net.inputSize();
        this.outputSize = net.outputSize();
        this.batchSize = net.batchSize();
    }

    /** A predictor with a snapshot of {@code net}'s state now; {@code factory} makes its copies on the executors. */
    public static SparkPredictor of(Model net, NetworkFactory factory) {
        return new SparkPredictor(net, factory);
    }

    /** Where the inputs are (default: the array column {@code features}). */
    public SparkPredictor features(Columns columns) {
        this.columns = columns;
        return this;
    }

    /** The name of the {@code array<float>} column of all outputs (probabilities, or regression outputs); null for none. */
    public SparkPredictor outputColumn(String name) {
        this.probabilities = name;
        return this;
    }

    /** The name of the {@code int} column of the most probable class (argmax; one sigmoid output: ≥ 0.5); null for none. */
    public SparkPredictor predictionColumn(String name) {
        this.prediction = name;
        return this;
    }

    /** {@code data} with the output columns added; lazy, as any Spark transformation. */
    public Dataset<Row> transform(Dataset<Row> data) {
        if (probabilities == null && prediction == null) {
            throw new IllegalArgumentException("both output columns are off; name at least one");
        }
        StructType schema = data.schema();
        columns.check(schema, inputSize, outputSize, false);
        StructType out = schema;
        for (String name : new String[] {probabilities, prediction}) {
            if (name != null && List.of(schema.fieldNames()).contains(name)) {
                throw new IllegalArgumentException("the DataFrame already has a column " + name
                        + "; choose another name for the output");
            }
        }
        if (probabilities != null) {
            out = out.add(probabilities, DataTypes.createArrayType(DataTypes.FloatType, false), false);
        }
        if (prediction != null) {
            out = out.add(prediction, DataTypes.IntegerType, false);
        }
        SparkSession spark = data.sparkSession();
        Broadcast<byte[]> shared = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(state); // not destroyed: the result is lazy and may be computed again
        RowReader reader = columns.reader(inputSize, outputSize).at(schema);
        Chunks chunks = new Chunks(shared, factory, reader, probabilities != null, prediction != null);
        return data.mapPartitions(chunks, Encoders.row(out));
    }

    /** One task's work: one network, two buffers, chunks of {@code batchSize} rows. */
    private static final class Chunks implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<byte[]> state;
        private final NetworkFactory factory;
        private final RowReader reader;
        private final boolean outputs;
        private final boolean classes;

        Chunks(Broadcast<byte[]> state, NetworkFactory factory, RowReader reader, boolean outputs, boolean classes) {
            this.state = state;
            this.factory = factory;
            this.reader = reader;
            this.outputs = outputs;
            this.classes = classes;
        }

        @Override public Iterator<Row> call(Iterator<Row> rows) {
            Model net = ModelBytes.load(factory, state.value());
            RowReader.Where where = new RowReader.Where();
            where.partition = TaskContext.getPartitionId();
            int in = net.inputSize();
            int n = net.outputSize();
            int batch = net.batchSize();
            float[] x = new float[batch * in];
            float[] y = new float[batch * n];
            List<Row> chunk = new ArrayList<>(batch);
            return new Iterator<>() {
                private int next;

                @Override public boolean hasNext() {
                    if (next < chunk.size()) {
                        return true;
                    }
                    chunk.clear();
                    next = 0;
                    while (chunk.size() < batch && rows.hasNext()) {
                        Row row = rows.next();
                        reader.features(row, where, x, chunk.size() * in);
                        chunk.add(row);
                        where.row++;
                    }
                    if (!chunk.isEmpty()) {
                        net.predict(x, chunk.size(), y);
                    }
                    return !chunk.isEmpty();
                }

                @Override public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    Row row = chunk.get(i);
                    Object[] values = new Object[row.length() + (outputs ? 1 : 0) + (classes ? 1 : 0)];
                    for (int j = 0; j < row.length(); j++) {
                        values[j] = row.get(j);
                    }
                    int k = row.length();
                    if (outputs) {
                        float[] o = new float[n];
                        System.arraycopy(y, i * n, o, 0, n);
                        values[k++] = o;
                    }
                    if (classes) {
                        values[k] = predictedClass(y, i * n, n);
                    }
                    return RowFactory.create(values);
                }
            };
        }
    }

    /** Argmax of the outputs; for one output (a sigmoid), 1 when it is at least 0.5. */
    static int predictedClass(float[] y, int offset, int n) {
        if (n == 1) {
            return y[offset] >= 0.5f ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (y[offset + j] > y[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
