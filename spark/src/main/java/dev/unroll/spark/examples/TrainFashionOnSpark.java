package dev.unroll.spark.examples;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Idx;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;
import dev.unroll.spark.Columns;
import dev.unroll.spark.NetworkFactory;
import dev.unroll.spark.SparkPredictor;
import dev.unroll.spark.SparkTrainer;
import dev.unroll.spark.SparkTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fashion-MNIST on Spark in {@code local[2]}: the training images as a DataFrame trained
 * data-parallel ({@link SparkTrainer}), the test images scored as a batch ({@link SparkPredictor}),
 * next to {@code fit} in one JVM with the same epochs. Arguments: {@code full} (the Debian data
 * set, the default), {@code subset} (the 10,000 images in examples/data) or a directory; epochs
 * (5); steps per round K (32); replicas (2); then, in any order: {@code noscale} to keep the
 * learning rate (by default it is multiplied by the replicas, the linear scaling rule),
 * {@code seed=N} for the initialization and shuffling seed of both runs (default 42, the
 * networks' {@code @Network} seed), {@code batch=16} for replicas of batch 16 instead of 32
 * ({@link FashionSparkMlp16}: with 2 replicas and K = 1 each averaged step sees 32 examples, as
 * {@code fit}'s does), {@code nofit} or {@code nospark} to skip one of the two runs,
 * {@code testeach} to print {@code fit}'s test accuracy after every epoch (the test images as its
 * validation data: reported only, the training is unchanged).
 */
public final class TrainFashionOnSpark {
    private TrainFashionOnSpark() {}

    static final StructType SCHEMA = new StructType()
            .add("label", DataTypes.IntegerType, false)
            .add("pixels", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    public static void main(String[] args) throws IOException {
        String[] words = String.join(" ", args).trim().isEmpty() ? new String[0] : String.join(" ", args).trim().split("\\s+");
        Path directory = directory(words.length > 0 ? words[0] : "full");
        int epochs = words.length > 1 ? Integer.parseInt(words[1]) : 5;
        int k = words.length > 2 ? Integer.parseInt(words[2]) : 32;
        int workers = words.length > 3 ? Integer.parseInt(words[3]) : 2;
        boolean scale = true;
        long seed = 42;
        int replicaBatch = 32;
        boolean runFit = true;
        boolean runSpark = true;
        boolean testEach = false;
        for (int i = 4; i < words.length; i++) {
            String w = words[i];
            if (w.equals("noscale")) {
                scale = false;
            } else if (w.startsWith("seed=")) {
                seed = Long.parseLong(w.substring(5));
            } else if (w.equals("batch=16") || w.equals("batch=32")) {
                replicaBatch = Integer.parseInt(w.substring(6));
            } else if (w.equals("nofit")) {
                runFit = false;
            } else if (w.equals("nospark")) {
                runSpark = false;
            } else if (w.equals("testeach")) {
                testEach = true;
            } else {
                throw new IllegalArgumentException("unknown argument " + w
                        + " (expected noscale, seed=N, batch=16, batch=32, nofit, nospark or testeach)");
            }
        }
        DataSet train = Idx.read(directory.resolve("train-images-idx3-ubyte.gz"),
                directory.resolve("train-labels-idx1-ubyte.gz"), 1f / 255);
        DataSet test = Idx.read(directory.resolve("t10k-images-idx3-ubyte.gz"),
                directory.resolve("t10k-labels-idx1-ubyte.gz"), 1f / 255);
        System.out.printf(Locale.ROOT, "Fashion-MNIST from %s: %d training and %d test images, seed %d%n", directory,
                train.size(), test.size(), seed);

        double singleSeconds = Double.NaN;
        Evaluation singleTest = null;
        if (runFit) {
            System.out.printf(Locale.ROOT, "%n== fit in one JVM, %d epochs, seed %d ==%n", epochs, seed);
            UnrolledFashionSparkMlp single = UnrolledFashionSparkMlp.create(seed);
            long start = System.nanoTime();
            Training training = Training.epochs(epochs).seed(seed).progress(Progress.LINES);
            single.fit(train, testEach ? training.validationData(test) : training);
            singleSeconds = (System.nanoTime() - start) / 1e9;
            singleTest = single.evaluate(test);
            System.out.printf(Locale.ROOT, "fit, seed %d: test accuracy %.4f, %.1f s%n", seed, singleTest.accuracy(),
                    singleSeconds);
        }
        if (!runSpark) {
            return;
        }

        SparkSession.Builder builder = SparkSession.builder().appName("unroll-fashion");
        if (System.getProperty("spark.master") == null) { // not under spark-submit: Spark inside this JVM
            builder.master("local[2]").config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset<Row> trainFrame = frame(spark, train, 4).cache();
            Dataset<Row> testFrame = frame(spark, test, 2).cache();
            Model net = replicaBatch == 16 ? UnrolledFashionSparkMlp16.create(seed) : UnrolledFashionSparkMlp.create(seed);
            NetworkFactory factory = replicaBatch == 16 ? UnrolledFashionSparkMlp16::create : UnrolledFashionSparkMlp::create;
            // The linear scaling rule (Goyal et al. 2017): averaging W replicas' steps moves the
            // weights about as far as one step at the same rate, so each replica takes W times the rate.
            if (scale) {
                net.setLearningRate(net.learningRate() * workers);
            }
            System.out.printf(Locale.ROOT, "%n== data-parallel on Spark %s, %s: %d replicas of batch %d, K = %d,"
                    + " %d epochs, learning rate %.4f, seed %d ==%n", spark.version(), spark.sparkContext().master(),
                    workers, net.batchSize(), k, epochs, net.learningRate(), seed);
            trainFrame.count();
            testFrame.count();
            SparkTrainer trainer = SparkTrainer.of(net, factory).columns(Columns.featureArray("pixels").label("label"));
            long start = System.nanoTime();
            History history = trainer.fit(trainFrame,
                    SparkTraining.epochs(epochs).workers(workers).stepsPerRound(k).seed(seed));
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            System.out.println("Round times: " + trainer.roundTimes());

            start = System.nanoTime();
            Dataset<Row> scored = SparkPredictor.of(net, factory)
                    .features(Columns.featureArray("pixels")).transform(testFrame);
            long right = scored.filter(functions.col("prediction").equalTo(functions.col("label"))).count();
            double scoreSeconds = (System.nanoTime() - start) / 1e9;
            double sparkAccuracy = (double) right / test.size();
            Evaluation sparkTest = net.evaluate(test);

            System.out.printf(Locale.ROOT, "%n| | test accuracy | training time |%n|---|---|---|%n");
            if (singleTest != null) {
                System.out.printf(Locale.ROOT, "| fit, one JVM, 1 thread, seed %d | %.4f | %.1f s |%n", seed,
                        singleTest.accuracy(), singleSeconds);
            }
            System.out.printf(Locale.ROOT, "| Spark %s, %d replicas of batch %d, K = %d, seed %d | %.4f (batch-scored on"
                            + " Spark; %.4f by evaluate) | %.1f s (%.1f s preparing the data) |%n",
                    spark.sparkContext().master(), workers, net.batchSize(), k, seed, sparkAccuracy,
                    sparkTest.accuracy(), sparkSeconds, trainer.roundTimes().prepareSeconds());
            if (singleTest != null) {
                System.out.printf(Locale.ROOT, "Difference: %+.2f points.", 100 * (sparkAccuracy - singleTest.accuracy()));
            }
            System.out.printf(Locale.ROOT, " Scoring %d test images on Spark: %.1f s. Last epoch: %s%n", test.size(),
                    scoreSeconds, history.epochs().get(history.epochs().size() - 1));
        } finally {
            spark.stop();
        }
    }

    static Path directory(String word) {
        return switch (word) {
            case "full" -> Path.of("/usr/share/datasets/fashion-mnist");
            case "subset" -> Files.isDirectory(Path.of("../examples/data/fashion-mnist"))
                    ? Path.of("../examples/data/fashion-mnist") : Path.of("examples/data/fashion-mnist");
            default -> Path.of(word);
        };
    }

    /**
     * The data set as a DataFrame (label int, pixels array&lt;float&gt;) in {@code partitions}
     * partitions, rows in data-set order: the arrays are broadcast and each partition builds its rows.
     */
    static Dataset<Row> frame(SparkSession spark, DataSet data, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<float[]> x = sc.broadcast(data.features());
        Broadcast<int[]> y = sc.broadcast(data.labels());
        int n = data.size();
        int width = data.featureCount();
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            parts.add(p);
        }
        return spark.createDataFrame(sc.parallelize(parts, partitions).flatMap(p -> {
            List<Row> rows = new ArrayList<>();
            for (int i = (int) ((long) n * p / partitions); i < (long) n * (p + 1) / partitions; i++) {
                float[] pixels = new float[width];
                System.arraycopy(x.value(), i * width, pixels, 0, width);
                rows.add(RowFactory.create(y.value()[i], pixels));
            }
            return rows.iterator();
        }), SCHEMA);
    }
}
