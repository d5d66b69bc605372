package dev.unroll.examples.training;

import dev.unroll.DataSet;
import java.util.Random;

/** Synthetic data: Gaussian clusters for classification, random targets for regression. */
final class Data {
    private Data() {}

    /** {@code rows} points around {@code classes} random centres in {@code features} dimensions. */
    static DataSet clusters(int rows, int features, int classes, double noise, long seed) {
        Random random = new Random(seed);
        float[][] centres = new float[classes][features];
        Random centreRandom = new Random(1234);
        for (float[] c : centres) {
            for (int j = 0; j < features; j++) {
                c[j] = (float) centreRandom.nextGaussian();
            }
        }
        float[] x = new float[rows * features];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
            for (int j = 0; j < features; j++) {
                x[i * features + j] = centres[y[i]][j] + (float) (noise * random.nextGaussian());
            }
        }
        return DataSet.withLabels(x, features, y);
    }

    /** The same points with labels drawn at random: nothing to learn, so validation loss only grows. */
    static DataSet shuffledLabels(DataSet data, int classes, long seed) {
        Random random = new Random(seed);
        int[] y = new int[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(classes);
        }
        return DataSet.withLabels(data.features(), data.featureCount(), y);
    }

    static DataSet regression(int rows, int features, int outputs, long seed) {
        Random random = new Random(seed);
        float[] x = new float[rows * features];
        float[] t = new float[rows * outputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) random.nextGaussian();
        }
        return DataSet.withTargets(x, features, t, outputs);
    }
}
