package dev.unroll.runtime;

import dev.unroll.Activation;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.kernels.Losses;
import java.util.concurrent.CountDownLatch;

/**
 * A hand-written stand-in for generated code with real layer views: Dense "hidden" 2 → 2, a
 * parameterless "act" view (identity), Dense "out" 2 → 1, all linear; a regression loss through
 * the {@link Losses} kernels plus an l2 penalty on both kernels, as the generated {@code lossOf}
 * adds it; plain SGD that skips frozen layers. {@link #blockInference} lets a test hold the
 * network inside {@code predict} on another thread.
 */
final class TwoLayers extends GeneratedNetwork {
    static final int BATCH = 4;
    final float[] kernel1 = new float[4];
    final float[] gradient1 = new float[4];
    final float[] bias1 = new float[2];
    final float[] biasGradient1 = new float[2];
    final float[] kernel2 = new float[2];
    final float[] gradient2 = new float[2];
    final float[] bias2 = new float[1];
    final float[] biasGradient2 = new float[1];
    final float[] hidden = new float[2 * BATCH];
    final float[] act = new float[2 * BATCH];
    final float[] output = new float[BATCH];
    final float[] delta = new float[BATCH];
    final DenseView first;
    final DenseView second;
    private final Loss loss;
    private final double l2;
    /** When set, the next inference pass counts {@code entered} down and waits for {@code release}. */
    volatile CountDownLatch[] blockInference;

    TwoLayers(Loss loss, double l2, long seed) {
        super("TwoLayers", 2, 1, BATCH, loss, seed, 0.05);
        this.loss = loss;
        this.l2 = l2;
        java.util.Random random = new java.util.Random(seed);
        for (float[] a : new float[][] {kernel1, bias1, kernel2, bias2}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) random.nextGaussian() * 0.5f;
            }
        }
        Tensor k1 = new Tensor("hidden/kernel", kernel1, gradient1, 2, 2, 2);
        Tensor b1 = Tensor.vector("hidden/bias", bias1, biasGradient1, 2);
        Tensor k2 = new Tensor("out/kernel", kernel2, gradient2, 2, 1, 1);
        Tensor b2 = Tensor.vector("out/bias", bias2, biasGradient2, 1);
        first = new DenseView("hidden", 2, 2, Activation.LINEAR, k1, b1, hidden, 2);
        second = new DenseView("out", 2, 1, Activation.LINEAR, k2, b2, output, 1);
        LayerView identity = new LayerView("act", "Activation", "Activation (linear)", 2, 2, act, 2);
        register(new Tensor[] {k1, b1, k2, b2}, new Tensor[0], new Tensor[0], new Layer[] {first, identity, second},
                output, 1);
    }

    TwoLayers(Loss loss) {
        this(loss, 0, 7);
    }

    @Override protected void forwardTraining(float[] x, int count) {
        forwardInference(x, 0, count);
    }

    @Override protected void forwardInference(float[] x, int offset, int count) {
        CountDownLatch[] block = blockInference;
        if (block != null) {
            blockInference = null;
            block[0].countDown();
            try {
                block[1].await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < 2; j++) {
                hidden[2 * i + j] = x[offset + 2 * i] * kernel1[j] + x[offset + 2 * i + 1] * kernel1[2 + j] + bias1[j];
                act[2 * i + j] = hidden[2 * i + j];
            }
            output[i] = act[2 * i] * kernel2[0] + act[2 * i + 1] * kernel2[1] + bias2[0];
        }
    }

    @Override protected float lossOf(float[] targets, int count) {
        float data = switch (loss) {
            case MEAN_SQUARED_ERROR -> Losses.meanSquaredError(output, targets, delta, count, 1, 1);
            case HUBER -> Losses.huber(output, targets, delta, count, 1, 1);
            case MEAN_ABSOLUTE_ERROR -> Losses.meanAbsoluteError(output, targets, delta, count, 1, 1);
            default -> throw new IllegalStateException("TwoLayers is a regression network");
        };
        return (float) (data + penalty());
    }

    /** l2 ΣW² over both kernels, in double, as the generated code adds it. */
    double penalty() {
        double squares = 0;
        for (float[] k : new float[][] {kernel1, kernel2}) {
            for (float w : k) {
                squares += (double) w * w;
            }
        }
        return l2 * squares;
    }

    @Override protected void weighOutputGradient(float[] weights, int count) {
        Losses.weighRows(delta, weights, count, 1, 1);
    }

    @Override protected void backward(float[] x, int count) {
        java.util.Arrays.fill(gradient1, 0);
        java.util.Arrays.fill(biasGradient1, 0);
        gradient2[0] = gradient2[1] = biasGradient2[0] = 0;
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < 2; j++) {
                gradient2[j] += delta[i] * act[2 * i + j];
                float d = delta[i] * kernel2[j];
                gradient1[j] += x[2 * i] * d;
                gradient1[2 + j] += x[2 * i + 1] * d;
                biasGradient1[j] += d;
            }
            biasGradient2[0] += delta[i];
        }
        for (int j = 0; j < 4; j++) {
            gradient1[j] += (float) (2 * l2 * kernel1[j]);
        }
        for (int j = 0; j < 2; j++) {
            gradient2[j] += (float) (2 * l2 * kernel2[j]);
        }
    }

    @Override protected void updateMovingStatistics() {}

    @Override protected void applyUpdate() {
        float rate = (float) learningRate();
        if (first.isTrainable()) {
            step(kernel1, gradient1, rate);
            step(bias1, biasGradient1, rate);
        }
        if (second.isTrainable()) {
            step(kernel2, gradient2, rate);
            step(bias2, biasGradient2, rate);
        }
    }

    private static void step(float[] w, float[] g, float rate) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= rate * g[i];
        }
    }

    float[] parameters() {
        float[] all = new float[parameterCount()];
        copyParametersTo(all);
        return all;
    }
}
