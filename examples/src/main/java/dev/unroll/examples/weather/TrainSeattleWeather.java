package dev.unroll.examples.weather;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Monitor;
import dev.unroll.Preprocessing;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Trains {@link WeatherNet} on the Seattle weather CSV shipped in {@code examples/data}: string
 * labels, the date column skipped, standardization fitted on the training rows and kept in the
 * model, balanced class weights (snow and drizzle are rare), the best epoch checkpointed, then the
 * test metrics. It saves the model for inference and runs {@link PredictSeattleWeather}, a
 * separate program, in a new JVM on that file. Argument: the number of epochs (default 60).
 */
public final class TrainSeattleWeather {
    static final Path DATA = Path.of("data", "seattle-weather", "seattle-weather.csv");

    private TrainSeattleWeather() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int epochs = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 60;
        Path model = train(epochs, Files.createDirectories(Path.of("target", "weather")));
        System.out.printf(Locale.ROOT, "%nsaved %s (%d bytes, for inference); now a separate program reads it:%n%n",
                model, Files.size(model));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process predict = new ProcessBuilder(java.toString(), "--add-modules=jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), PredictSeattleWeather.class.getName(), model.toString(),
                DATA.toString()).inheritIO().start();
        System.exit(predict.waitFor());
    }

    /** Trains, prints the test metrics, and returns the inference-only model file written in {@code out}. */
    static Path train(int epochs, Path out) throws IOException {
        Preprocessing prep = Preprocessing.labels("weather").skip("date").standardize().fit(DATA);
        DataSet.Split parts = prep.read(DATA).shuffled(7).split(0.8);
        DataSet train = parts.first();
        DataSet test = parts.second();
        prep = prep.refit(train);                               // scale with the training rows only
        System.out.printf(Locale.ROOT, "%s%n%d training and %d test days%n", prep, train.size(), test.size());

        WeatherNet net = UnrolledWeatherNet.create();
        net.setPreprocessing(prep);
        double[] weights = Training.balancedClassWeights(train, prep.classes().size());
        System.out.println("class weights " + Arrays.toString(Arrays.stream(weights)
                .map(w -> Math.round(w * 100) / 100.0).toArray()));
        Path best = out.resolve("weather-best.unroll");
        History history = net.fit(train, Training.epochs(epochs)
                .validationSplit(0.15)
                .classWeights(weights)
                .checkpoint(best, Monitor.VALIDATION_LOSS)
                .reduceLearningRateOnPlateau(0.5, 5, 1e-4)
                .earlyStopping(15, true)
                .progress(Progress.SILENT)
                .onEpochEnd(end -> {
                    if (end.epoch().number() % 10 == 0) {
                        System.out.printf(Locale.ROOT, "epoch %d: loss %.4f, val_loss %.4f, val_accuracy %.4f, lr %.5f%n",
                                end.epoch().number(), end.epoch().loss(), end.epoch().validationLoss(),
                                end.epoch().validationAccuracy(), end.epoch().learningRate());
                    }
                }));
        System.out.printf(Locale.ROOT, "%d epochs, best %d, %.1f s%n%n", history.epochs().size(), history.bestEpoch(),
                history.seconds());

        Evaluation result = net.evaluate(test);
        System.out.println("Test set (" + test.size() + " days):");
        System.out.println(result);

        Path model = out.resolve("weather.unroll");
        net.saveForInference(model);
        return model;
    }
}
