package dev.unroll.onnx;

import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.onnx.nets.UnrolledActivationsNet;
import dev.unroll.onnx.nets.UnrolledBatchNormNet;
import dev.unroll.onnx.nets.UnrolledRegressionNet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** The export tests' networks (compiled by Maven with the processor), trained a few steps so every value matters. */
final class TestNets {
    record Case(String name, Supplier<Model> create, Loss loss) {
        Model trained() {
            Model net = create.get();
            SplittableRandom random = new SplittableRandom(11);
            int rows = net.batchSize();
            for (int step = 0; step < 5; step++) {
                float[] x = random(random, rows * net.inputSize());
                if (loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY) {
                    int[] labels = new int[rows];
                    for (int i = 0; i < rows; i++) {
                        labels[i] = random.nextInt(net.outputSize());
                    }
                    net.trainBatch(x, labels, rows);
                } else {
                    float[] targets = new float[rows * net.outputSize()];
                    for (int i = 0; i < targets.length; i++) {
                        targets[i] = loss == Loss.BINARY_CROSSENTROPY ? random.nextInt(2) : (float) random.nextGaussian();
                    }
                    net.trainBatch(x, targets, rows);
                }
            }
            return net;
        }

        @Override public String toString() {
            return name;
        }
    }

    static final List<Case> ALL = List.of(
            new Case("ActivationsNet", UnrolledActivationsNet::create, Loss.SPARSE_CATEGORICAL_CROSSENTROPY),
            new Case("BatchNormNet", UnrolledBatchNormNet::create, Loss.BINARY_CROSSENTROPY),
            new Case("RegressionNet", UnrolledRegressionNet::create, Loss.MEAN_SQUARED_ERROR));

    private TestNets() {}

    static float[] random(SplittableRandom random, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian() * 1.5f;
        }
        return x;
    }

    /** 37 rows: more than one batch, not a multiple of it. */
    static float[] inputs(Model net) {
        return random(new SplittableRandom(5), 37 * net.inputSize());
    }

    static float[] predict(Model net, float[] x) {
        int rows = x.length / net.inputSize();
        float[] y = new float[rows * net.outputSize()];
        net.predict(x, rows, y);
        return y;
    }
}
