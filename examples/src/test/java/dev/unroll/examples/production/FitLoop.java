package dev.unroll.examples.production;

import dev.unroll.DataSet;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.nio.file.Path;
import java.util.Random;

/** Fits with a checkpoint after every epoch until killed: the victim of {@link TrainingControlTest}. */
public final class FitLoop {
    private FitLoop() {}

    public static void main(String[] args) {
        Random random = new Random(1);
        float[] x = new float[64 * 2];
        int[] y = new int[64];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3;
            x[2 * i] = y[i] + (float) random.nextGaussian();
            x[2 * i + 1] = (float) random.nextGaussian();
        }
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        Path file = Path.of(args[0]);
        net.fit(DataSet.withLabels(x, 2, y), Training.epochs(1).progress(Progress.SILENT).checkpoint(file));
        System.out.println("ready");
        System.out.flush();
        net.fit(DataSet.withLabels(x, 2, y), Training.epochs(1_000_000).progress(Progress.SILENT).monitorEvery(0)
                .checkpoint(file));
    }
}
