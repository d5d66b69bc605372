package dev.unroll.spark.examples;

import dev.unroll.Model;
import dev.unroll.spark.Columns;
import dev.unroll.spark.NetworkFactory;
import dev.unroll.spark.RoundTimes;
import dev.unroll.spark.SparkTrainer;
import dev.unroll.spark.SparkTraining;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The cost model of docs/spark.md, measured: per network, the training speed of one core, the
 * size of the state a round moves, its Java serialization time, and the overheads of a Spark round
 * in {@code local[2]} (K = 1, 2 replicas); then the model's table of speed-ups by bandwidth and
 * workers, and the K that keeps 80 % efficiency. Run with
 * {@code mvn -q -pl spark -am compile exec:exec -Dexample.main=dev.unroll.spark.examples.MeasureCost}.
 */
public final class MeasureCost {
    private MeasureCost() {}

    record Measured(String name, long macs, int parameters, int stateFloats, double stepSeconds, double serializeMillis,
                    RoundTimes rounds) {
        double flopPerExample() {
            return 6.0 * macs; // forward 2, backward 4 per multiply-add
        }

        double flops(int batch) {
            return flopPerExample() * batch / stepSeconds;
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("unroll-cost")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        List<Measured> all = new ArrayList<>();
        try {
            all.add(measure(spark, "784-300-100-10", 784L * 300 + 300 * 100 + 100 * 10, UnrolledFashionSparkMlp::create));
            all.add(measure(spark, "4096-1024-1024-10", 4096L * 1024 + 1024 * 1024 + 1024 * 10, UnrolledWideMlp::create));
        } finally {
            spark.stop();
        }
        System.out.printf(Locale.ROOT, "%n| network | parameters | state moved per worker and round (Adam: 3 × parameters)"
                + " | one core, batch 32 | Java serialization of the state, out and back | local[2] round: broadcast"
                + " | job | slowest replica's step | its copy's set-up | fixed overhead |%n|---|---|---|---|---|---|---|---|---|---|%n");
        for (Measured m : all) {
            RoundTimes r = m.rounds();
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f MB | %.1f ms per step, %.1f GFLOP/s | %.1f ms | %.1f ms |"
                            + " %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", m.name(), m.parameters(),
                    m.stateFloats() * 4 / 1e6, m.stepSeconds() * 1e3, m.flops(32) / 1e9, m.serializeMillis(),
                    r.medianBroadcastMillis(), r.medianJobMillis(), r.medianComputeMillis(), r.medianSetupMillis(),
                    r.medianOverheadMillis());
        }
        table(all);
    }

    static Measured measure(SparkSession spark, String name, long macs, NetworkFactory factory)
            throws IOException, ClassNotFoundException {
        Model net = factory.create();
        int in = net.inputSize();
        int batch = net.batchSize();
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[batch * in];
        int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        for (int i = 0; i < batch; i++) {
            y[i] = random.nextInt(net.outputSize());
        }
        int warm = macs > 1_000_000 ? 30 : 300;
        for (int i = 0; i < warm; i++) {
            net.trainBatch(x, y, batch);
        }
        int steps = macs > 1_000_000 ? 40 : 400;
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            net.trainBatch(x, y, batch);
        }
        double stepSeconds = (System.nanoTime() - start) / 1e9 / steps;

        int stateFloats = net.parameterCount() + net.movingStatisticsSize() + net.optimizerStateSize();
        float[] state = new float[stateFloats];
        double serialize = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(state);
            }
            try (ObjectInputStream back = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                state = (float[]) back.readObject();
            }
            serialize = Math.min(serialize, (System.nanoTime() - t) / 1e6);
        }

        // rounds of one step each: 2 replicas × 32 rows per round
        int rounds = macs > 1_000_000 ? 8 : 20;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2 * batch * rounds; i++) {
            float[] features = new float[in];
            for (int j = 0; j < in; j++) {
                features[j] = (float) random.nextDouble();
            }
            rows.add(RowFactory.create(random.nextInt(net.outputSize()), features));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, TrainFashionOnSpark.SCHEMA).repartition(2);
        SparkTrainer trainer = SparkTrainer.of(factory.create(), factory).columns(Columns.featureArray("pixels").label("label"));
        trainer.fit(frame, SparkTraining.epochs(1).workers(2).stepsPerRound(1).progress(null));
        System.out.printf(Locale.ROOT, "%s: %s%n", name, trainer.roundTimes());
        return new Measured(name, macs, net.parameterCount(), stateFloats, stepSeconds, serialize, trainer.roundTimes());
    }

    /**
     * Speed-up of W workers over one core at K = 1, from compute and communication only:
     * W / (1 + T_m / T_c); then the K that keeps 80 % of W, without and with the fixed per-round
     * overhead measured in local[2]: W / (1 + c / (K t)) >= 0.8 W  <=>  K >= 4 c / t.
     */
    static void table(List<Measured> all) {
        int[] workers = {2, 4, 8, 16, 32, 64};
        double[] gbits = {1, 10, 100};
        StringBuilder head = new StringBuilder("| network | link | T_c per step | T_m per round |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|");
        for (int w : workers) {
            head.append(" W = ").append(w).append(" |");
            rule.append("---|");
        }
        head.append(" K for 80 % | K for 80 % with the local[2] overhead |");
        rule.append("---|---|");
        System.out.printf(Locale.ROOT, "%nSpeed-up over one core at K = 1 (batch 32, Adam: 3 × parameters × 4 bytes,"
                + " up and down)%n%n%s%n%s%n", head, rule);
        for (Measured m : all) {
            double compute = m.stepSeconds();
            double overhead = Math.max(0, m.rounds().medianOverheadMillis() / 1e3);
            for (double g : gbits) {
                double communication = 2.0 * m.stateFloats() * 4 * 8 / (g * 1e9);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %.0f Gbit/s | %.1f ms |"
                        + " %.1f ms |", m.name(), g, compute * 1e3, communication * 1e3));
                for (int w : workers) {
                    line.append(String.format(Locale.ROOT, " %.2f |", w / (1 + communication / compute)));
                }
                line.append(String.format(Locale.ROOT, " %d | %d |", Math.max(1, (long) Math.ceil(4 * communication
                        / compute)), Math.max(1, (long) Math.ceil(4 * (communication + overhead) / compute))));
                System.out.println(line);
            }
        }
    }
}
