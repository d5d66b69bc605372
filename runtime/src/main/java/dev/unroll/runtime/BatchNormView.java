package dev.unroll.runtime;

import dev.unroll.BatchNormLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The view of a BatchNormalization layer; {@code gamma}/{@code beta} are null when scale/center are off. */
public final class BatchNormView extends LayerView implements BatchNormLayer {
    private final Tensor gamma;
    private final Tensor beta;
    private final Tensor movingMean;
    private final Tensor movingVariance;
    private final double momentum;
    private final double epsilon;

    public BatchNormView(String name, int size, Tensor gamma, Tensor beta, Tensor movingMean, Tensor movingVariance,
                         float[] output, int outputStride, double momentum, double epsilon) {
        super(name, "BatchNormalization", "BatchNormalization", size, size, output, outputStride,
                tensors(gamma, beta, movingMean, movingVariance));
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.gamma = gamma;
        this.beta = beta;
        this.movingMean = movingMean;
        this.movingVariance = movingVariance;
    }

    private static List<Tensor> tensors(Tensor... all) {
        List<Tensor> present = new ArrayList<>();
        for (Tensor t : all) {
            if (t != null) {
                present.add(t);
            }
        }
        return present;
    }

    @Override public double epsilon() {
        return epsilon;
    }

    @Override public double momentum() {
        return momentum;
    }

    @Override public float[] gamma() {
        if (gamma == null) {
            float[] ones = new float[outputSize()];
            Arrays.fill(ones, 1f);
            return ones;
        }
        return gamma.values();
    }

    @Override public float[] beta() {
        return beta == null ? new float[outputSize()] : beta.values();
    }

    @Override public float[] movingMean() {
        return movingMean.values();
    }

    @Override public float[] movingVariance() {
        return movingVariance.values();
    }

    @Override public void setGamma(float[] values) {
        if (gamma == null) {
            throw new UnsupportedOperationException(name() + " has no gamma (scale = false)");
        }
        gamma.set(values);
    }

    @Override public void setBeta(float[] values) {
        if (beta == null) {
            throw new UnsupportedOperationException(name() + " has no beta (center = false)");
        }
        beta.set(values);
    }

    @Override public void setMovingMean(float[] values) {
        movingMean.set(values);
    }

    @Override public void setMovingVariance(float[] values) {
        movingVariance.checkLength(values);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0f) || Float.isInfinite(values[i])) {
                throw new IllegalArgumentException(movingVariance.name() + ": value " + i + " is " + values[i]
                        + "; a variance must be finite and not negative");
            }
        }
        movingVariance.set(values);
    }

    @Override public float[] gammaGradient() {
        return gamma == null ? new float[outputSize()] : gamma.gradient();
    }

    @Override public float[] betaGradient() {
        return beta == null ? new float[outputSize()] : beta.gradient();
    }

    @Override public int parameterCount() {
        return (gamma == null ? 0 : gamma.size()) + (beta == null ? 0 : beta.size());
    }

    @Override public int nonTrainableCount() {
        return movingMean.size() + movingVariance.size();
    }

    /** Freezes ({@code false}) or unfreezes the layer: the optimizer leaves frozen parameters and their state alone. A frozen batch normalization runs in inference mode, as in Keras. */
    @Override public void setTrainable(boolean trainable) {
        changeTrainable(trainable);
    }
}
