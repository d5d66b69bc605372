package dev.unroll.spark;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Model;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Synchronous data-parallel training on Spark. Each round, every replica starts from the same
 * broadcast state, takes {@code stepsPerRound} steps on its own shard, and the replicas'
 * parameters, moving statistics and optimizer state are summed up a fixed binary tree and divided
 * by the number of replicas on the driver; that average is the next round's start. The network
 * given here ends with the final average, as after {@code fit}.
 *
 * <pre>{@code
 * History h = SparkTrainer.of(net, UnrolledFashionMlp::create)
 *         .columns(Columns.featureArray("pixels").label("label"))
 *         .fit(trainingFrame, SparkTraining.epochs(5).workers(2).stepsPerRound(16));
 * }</pre>
 */
public final class SparkTrainer {
    private final Model net;
    private final NetworkFactory factory;
    private Columns columns = Columns.featureArray("features").label("label");
    private RoundTimes times = new RoundTimes();

    private SparkTrainer(Model net, NetworkFactory factory) {
        this.net = net;
        this.factory = factory;
    }

    /** Trains {@code net} (on the driver) through copies made by {@code factory} on the executors. */
    public static SparkTrainer of(Model net, NetworkFactory factory) {
        return new SparkTrainer(net, factory);
    }

    /** Where features and labels (or targets) are; default: array column {@code features}, label {@code label}. */
    public SparkTrainer columns(Columns columns) {
        this.columns = columns;
        return this;
    }

    /** Where the time of the last {@link #fit} went, round by round. */
    public RoundTimes roundTimes() {
        return times;
    }

    /**
     * Trains on {@code data} as described above and returns the History (per epoch: the mean
     * training loss and accuracy over the replicas' steps, validation loss and accuracy, seconds,
     * learning rate; the gradient monitor of {@code fit} does not run here, so its per-layer arrays
     * are empty).
     *
     * @throws IllegalArgumentException for a missing column or a column of the wrong type (here), or a
     *     bad row (from the job: a null, a wrong feature count, a label out of range, naming the
     *     column and the row)
     */
    public History fit(Dataset<Row> data, SparkTraining training) {
        int in = net.inputSize();
        int out = net.outputSize();
        columns.check(data.schema(), in, out, true);
        Dataset<Row> selected = data.select(columns.selected().stream().map(data::col).toArray(org.apache.spark.sql.Column[]::new));
        RowReader reader = columns.reader(in, out).at(selected.schema());
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        long seed = training.seed() != null ? training.seed() : seedOf(net);
        int workers = training.workers();
        times = new RoundTimes();

        long prepareStart = System.nanoTime();
        JavaPairRDD<Row, Long> indexed = selected.javaRDD().zipWithIndex();
        long rows = indexed.count();
        long validationRows = (long) Math.floor(rows * training.validationSplit());
        long trainRows = rows - validationRows;
        if (trainRows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(trainRows + " training rows; at most 2^31 - 1 are supported");
        }
        int shardSize = (int) (trainRows / workers);
        if (shardSize == 0) {
            throw new IllegalArgumentException(trainRows + " training rows cannot feed " + workers + " workers");
        }
        Broadcast<int[]> perm = sc.broadcast(Sharding.permutation((int) trainRows, seed));
        boolean labels = columns.hasLabel();
        JavaRDD<Example> examples = Sharding.examples(indexed, reader, in, out, labels)
                .persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<Shard> shards = Sharding.training(examples, trainRows, perm, workers, shardSize, in, out, labels)
                .persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<Shard> validation = validationRows == 0 ? null
                : Sharding.validation(examples, trainRows, workers, in, out, labels)
                        .persist(StorageLevel.MEMORY_ONLY());
        try {
            shards.count();
            if (validation != null) {
                validation.count();
            }
            examples.unpersist(false);
            times.prepareNanos = System.nanoTime() - prepareStart;
            return train(sc, shards, validation, training, seed, shardSize, trainRows - (long) shardSize * workers);
        } finally {
            examples.unpersist(false);
            shards.unpersist(false);
            perm.destroy(); // only now: the cached shards' lineage refers to it
            if (validation != null) {
                validation.unpersist(false);
            }
        }
    }

    private History train(JavaSparkContext sc, JavaRDD<Shard> shards, JavaRDD<Shard> validation, SparkTraining t,
                          long seed, int shardSize, long dropped) {
        int workers = t.workers();
        int k = t.stepsPerRound();
        int batch = net.batchSize();
        int stepsPerEpoch = (shardSize + batch - 1) / batch;
        int rounds = (stepsPerEpoch + k - 1) / k;
        Progress progress = new Progress(t.progress(), t.epochs(), rounds);
        progress.start(workers, shardSize, dropped, k, stepsPerEpoch);
        History history = new History(List.of());
        float[] state = FlatState.of(net);
        long steps = net.steps();
        int round = 0;
        for (int epoch = 1; epoch <= t.epochs(); epoch++) {
            long start = System.nanoTime();
            double lossSum = 0;
            long right = 0;
            long answers = 0;
            long seen = 0;
            for (int r = 0; r < rounds; r++) {
                int first = r * k;
                int n = Math.min(k, stepsPerEpoch - first);
                long roundStart = System.nanoTime();
                Broadcast<float[]> shared = sc.broadcast(state);
                long broadcast = System.nanoTime();
                JavaPairRDD<Integer, Partial> partials = shards.mapPartitionsToPair(
                        new RoundTask(shared, factory, steps, seed, epoch, first, n, t.shuffle(), round,
                                net.learningRate()));
                Partial total = TreeSum.of(partials, workers);
                long summed = System.nanoTime();
                state = total.state;
                for (int i = 0; i < state.length; i++) {
                    state[i] /= workers;
                }
                steps += n;
                shared.destroy();
                long end = System.nanoTime();
                times.add(broadcast - roundStart, summed - broadcast, end - summed, total.computeNanos,
                        total.setupNanos, n);
                lossSum += total.lossSum;
                right += total.right;
                answers += total.answers;
                seen += total.seen;
                progress.round(epoch, r + 1, lossSum / seen, answers == 0 ? Double.NaN : (double) right / answers,
                        (System.nanoTime() - start) / 1e9);
                round++;
            }
            FlatState.apply(state, steps, net);
            Evaluation validated = validation == null ? null : evaluate(sc, validation, state, steps);
            History.Epoch record = new History.Epoch(epoch, lossSum / seen,
                    answers == 0 ? Double.NaN : (double) right / answers,
                    validated == null ? Double.NaN : validated.loss(),
                    validated == null ? Double.NaN : validated.accuracy(), (System.nanoTime() - start) / 1e9,
                    net.learningRate(), new double[0], new double[0]);
            history.add(record);
            progress.epoch(record, validated != null);
        }
        history.finish(0, false);
        return history;
    }

    /** Loss and accuracy of {@code state} on the validation packs, each evaluated by {@link Model#evaluate} in a task. */
    private Evaluation evaluate(JavaSparkContext sc, JavaRDD<Shard> validation, float[] state, long steps) {
        Broadcast<float[]> shared = sc.broadcast(state);
        NetworkFactory make = factory;
        List<double[]> parts = validation.filter(s -> s.count > 0).map(s -> {
            Model copy = make.create();
            FlatState.apply(shared.value(), steps, copy);
            DataSet data = s.labels != null ? DataSet.withLabels(s.x, copy.inputSize(), s.labels)
                    : DataSet.withTargets(s.x, copy.inputSize(), s.targets, copy.outputSize());
            Evaluation e = copy.evaluate(data);
            return new double[] {e.loss(), e.accuracy(), e.count()};
        }).collect();
        shared.destroy();
        double loss = 0;
        double accuracy = 0;
        int count = 0;
        for (double[] e : parts) { // loss, accuracy, count, in partition order
            loss += e[0] * e[2];
            accuracy += e[1] * e[2];
            count += (int) e[2];
        }
        return new Evaluation(loss / count, accuracy / count, count);
    }

    /** The network's seed: what its model file records (dev.unroll has no public getter for it). */
    private static long seedOf(Model net) {
        byte[] bytes = ModelBytes.of(net);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int textLength = b.getInt(12);
        return b.getLong(16 + textLength + 32 + 8 + 8);
    }

    /** The driver's lines: one per round, overwritten in place, and one per epoch. */
    private static final class Progress {
        private final java.io.PrintStream out;
        private final int epochs;
        private final int rounds;

        Progress(java.io.PrintStream out, int epochs, int rounds) {
            this.out = out;
            this.epochs = epochs;
            this.rounds = rounds;
        }

        void start(int workers, int shardSize, long dropped, int k, int stepsPerEpoch) {
            if (out != null) {
                out.printf(Locale.ROOT, "Data-parallel training: %d replicas × %d rows%s, %d steps per epoch each,"
                                + " averaged every %d step%s (%d rounds per epoch)%n", workers, shardSize,
                        dropped > 0 ? " (" + dropped + " rows left over sit out)" : "", stepsPerEpoch, k,
                        k == 1 ? "" : "s", rounds);
            }
        }

        void round(int epoch, int round, double loss, double accuracy, double seconds) {
            if (out != null) {
                out.printf(Locale.ROOT, "\rEpoch %d/%d  round %d/%d  loss %.4f%s  %.1f s", epoch, epochs, round,
                        rounds, loss, Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "  accuracy %.4f",
                                accuracy), seconds);
                out.flush();
            }
        }

        void epoch(History.Epoch e, boolean validated) {
            if (out != null) {
                out.printf(Locale.ROOT, "\rEpoch %d/%d  %d rounds  loss %.4f%s%s  %.1f s%n", e.number(), epochs,
                        rounds, e.loss(), Double.isNaN(e.accuracy()) ? "" : String.format(Locale.ROOT,
                                "  accuracy %.4f", e.accuracy()),
                        validated ? String.format(Locale.ROOT, "  val_loss %.4f  val_accuracy %.4f",
                                e.validationLoss(), e.validationAccuracy()) : "", e.seconds());
            }
        }
    }
}
