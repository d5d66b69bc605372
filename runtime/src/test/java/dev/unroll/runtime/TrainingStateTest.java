package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Layer;
import dev.unroll.Loss;
import org.junit.jupiter.api.Test;

/**
 * The flat copies of optimizer state and moving statistics, and {@code setSteps}: a copy given
 * another network's parameters, statistics, optimizer state and step count continues exactly as
 * the other does. A hand-written two-weight network stands in for generated code.
 */
class TrainingStateTest {

    /** y = w·x + b, mean squared error, SGD with momentum 0.9 (one velocity per weight), a "moving mean" of y. */
    static final class Tiny extends GeneratedNetwork {
        final float[] kernel = new float[2];
        final float[] kernelGradient = new float[2];
        final float[] bias = new float[1];
        final float[] biasGradient = new float[1];
        final float[] movingMean = new float[1];
        final float[] kernelVelocity = new float[2];
        final float[] biasVelocity = new float[1];
        final float[] output = new float[4];
        final float[] delta = new float[4];
        private float batchMean;

        Tiny() {
            super("Tiny", 2, 1, 4, Loss.MEAN_SQUARED_ERROR, 1L, 0.1);
            kernel[0] = 0.5f;
            kernel[1] = -0.25f;
            register(new Tensor[] {Tensor.vector("d/kernel", kernel, kernelGradient, 2),
                            Tensor.vector("d/bias", bias, biasGradient, 1)},
                    new Tensor[] {Tensor.vector("d/moving_mean", movingMean, null, 1)},
                    new Tensor[] {Tensor.vector("d/kernel/velocity", kernelVelocity, null, 2),
                            Tensor.vector("d/bias/velocity", biasVelocity, null, 1)},
                    new Layer[0], output, 1);
        }

        @Override protected void forwardTraining(float[] x, int count) {
            forwardInference(x, 0, count);
            batchMean = 0;
            for (int i = 0; i < count; i++) {
                batchMean += output[i] / count;
            }
        }

        @Override protected void forwardInference(float[] x, int offset, int count) {
            for (int i = 0; i < count; i++) {
                output[i] = kernel[0] * x[offset + 2 * i] + kernel[1] * x[offset + 2 * i + 1] + bias[0];
            }
        }

        @Override protected float lossOf(float[] targets, int count) {
            float loss = 0;
            for (int i = 0; i < count; i++) {
                float e = output[i] - targets[i];
                loss += e * e / count;
                delta[i] = 2 * e / count;
            }
            return loss;
        }

        @Override protected void backward(float[] x, int count) {
            kernelGradient[0] = kernelGradient[1] = biasGradient[0] = 0;
            for (int i = 0; i < count; i++) {
                kernelGradient[0] += delta[i] * x[2 * i];
                kernelGradient[1] += delta[i] * x[2 * i + 1];
                biasGradient[0] += delta[i];
            }
        }

        @Override protected void updateMovingStatistics() {
            movingMean[0] = movingMean[0] * 0.9f + batchMean * 0.1f;
        }

        @Override protected void applyUpdate() {
            float lr = (float) learningRate() / nextStep(); // depends on the step count, as Adam's correction does
            for (int j = 0; j < 2; j++) {
                kernelVelocity[j] = 0.9f * kernelVelocity[j] - lr * kernelGradient[j];
                kernel[j] += kernelVelocity[j];
            }
            biasVelocity[0] = 0.9f * biasVelocity[0] - lr * biasGradient[0];
            bias[0] += biasVelocity[0];
        }
    }

    private static final float[] X = {1, 2, -1, 0.5f, 3, -2, 0, 1};
    private static final float[] Y = {1, -1, 2, 0.5f};

    @Test
    void sizesCountTheSlotsAndStatistics() {
        Tiny net = new Tiny();
        assertEquals(3, net.optimizerStateSize());
        assertEquals(1, net.movingStatisticsSize());
        float[] state = new float[3];
        net.copyOptimizerStateTo(state);
        assertArrayEquals(new float[3], state, "a fresh network has zero optimizer state");
    }

    @Test
    void aCopyGivenTheWholeStateContinuesExactlyAsTheOriginal() {
        Tiny original = new Tiny();
        for (int i = 0; i < 3; i++) {
            original.trainBatch(X, Y, 4);
        }
        Tiny copy = new Tiny();
        copy.setParameters(copyOf(original.parameterCount(), original::copyParametersTo));
        copy.setOptimizerState(copyOf(original.optimizerStateSize(), original::copyOptimizerStateTo));
        copy.setMovingStatistics(copyOf(original.movingStatisticsSize(), original::copyMovingStatisticsTo));
        copy.setSteps(original.steps());

        assertEquals(original.trainBatch(X, Y, 4), copy.trainBatch(X, Y, 4));
        assertArrayEquals(copyOf(3, original::copyParametersTo), copyOf(3, copy::copyParametersTo));
        assertArrayEquals(copyOf(3, original::copyOptimizerStateTo), copyOf(3, copy::copyOptimizerStateTo));
        assertArrayEquals(copyOf(1, original::copyMovingStatisticsTo), copyOf(1, copy::copyMovingStatisticsTo));
        assertEquals(4, copy.steps());
    }

    @Test
    void theLayoutIsSlotBySlotInParameterOrder() {
        Tiny net = new Tiny();
        net.setOptimizerState(new float[] {1, 2, 3});
        assertArrayEquals(new float[] {1, 2}, net.kernelVelocity);
        assertArrayEquals(new float[] {3}, net.biasVelocity);
        net.setMovingStatistics(new float[] {7});
        assertArrayEquals(new float[] {7}, net.movingMean);
    }

    @Test
    void badValuesChangeNothing() {
        Tiny net = new Tiny();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.setOptimizerState(new float[] {1, Float.NaN, 3}));
        assertTrue(e.getMessage().contains("d/kernel/velocity"), e.getMessage());
        assertArrayEquals(new float[2], net.kernelVelocity);
        assertThrows(IllegalArgumentException.class, () -> net.setOptimizerState(new float[2]));
        assertThrows(IllegalArgumentException.class, () -> net.copyMovingStatisticsTo(new float[0]));
        assertThrows(IllegalArgumentException.class, () -> net.setMovingStatistics(new float[] {Float.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> net.setSteps(-1));
        assertThrows(IllegalArgumentException.class, () -> net.setSteps((1L << 53) + 1)); // what load refuses
        net.setSteps(12);
        assertEquals(12, net.steps());
    }

    private static float[] copyOf(int size, java.util.function.Consumer<float[]> copy) {
        float[] out = new float[size];
        copy.accept(out);
        return out;
    }
}
