package dev.unroll.examples.weather;

import dev.unroll.DataSet;
import dev.unroll.Preprocessing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A predict-only program: loads a model file written by {@link TrainSeattleWeather} (parameters
 * and preprocessing) and predicts the weather of the rows of a CSV file with the model's columns,
 * by name. Arguments: the model file and the CSV file.
 */
public final class PredictSeattleWeather {
    private PredictSeattleWeather() {}

    public static void main(String[] args) throws IOException {
        WeatherNet net = UnrolledWeatherNet.create();
        net.load(Path.of(args[0]));
        Preprocessing prep = net.preprocessing();
        DataSet rows = prep.readUnlabeled(Path.of(args[1]));   // the model's columns; date and weather ignored
        float[] probabilities = net.predict(rows);
        int[] classes = net.predictClasses(rows);
        System.out.printf(Locale.ROOT, "%s: %s, inference only: %b%n", args[0], prep, net.isInferenceOnly());
        System.out.println("the last 5 days of " + args[1] + ":");
        for (int i = rows.size() - 5; i < rows.size(); i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < prep.classes().size(); c++) {
                line.append(String.format(Locale.ROOT, " %s %.2f", prep.className(c),
                        probabilities[i * net.outputSize() + c]));
            }
            System.out.printf(Locale.ROOT, "  %s -> %-7s (%s)%n", features(prep, rows, i), prep.className(classes[i]),
                    line.toString().trim());
        }
    }

    private static String features(Preprocessing prep, DataSet rows, int row) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < rows.featureCount(); j++) {
            s.append(j == 0 ? "" : ", ").append(prep.columns().get(j)).append(' ').append(rows.feature(row, j));
        }
        return s.toString();
    }
}
