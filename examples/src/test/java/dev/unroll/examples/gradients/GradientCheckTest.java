package dev.unroll.examples.gradients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.BatchNormLayer;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Central finite differences of the training loss against {@code computeGradients}, parameter by
 * parameter, on networks that together use every activation, batch normalization before and after
 * activations (with and without center and scale), PReLU slopes per unit and shared, RReLU's random
 * training slopes, a softmax that is not fused with its loss, each of the six losses, L1 and L2
 * penalties, and dropout and alpha dropout with a fixed mask.
 *
 * <p>In float32 with h = 3e-3 a central difference carries about 1e-4 of rounding and O(h²) of
 * truncation (1e-2 was too coarse: it crossed ReLU kinks); per layer we require ‖fd − g‖ ≤ 1e-2 · (‖fd‖ + ‖g‖) + 1e-4 and every single element
 * within 3e-3 + 3e-2 |g|.
 */
@Tag("widths")
class GradientCheckTest {
    private static final float H = 3e-3f;
    private static final int COUNT = 7; // fewer rows than batchSize: partial batches are the common case

    @Test
    void sigmoidAndTanh() {
        check(UnrolledNetworks_Saturating.create(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
    }

    @Test
    void reluLeakyReluEluAndSelu() {
        check(UnrolledNetworks_ReluFamily.create(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
    }

    @Test
    void preluSlopesPerUnitAndSharedWithCategoricalCrossentropy() {
        check(UnrolledNetworks_Parametric.create(), Loss.CATEGORICAL_CROSSENTROPY);
    }

    @Test
    void rreluTrainingSlopesWithBinaryCrossentropy() {
        check(UnrolledNetworks_Randomized.create(), Loss.BINARY_CROSSENTROPY);
    }

    @Test
    void batchNormalizationBeforeActivations() {
        Model net = UnrolledNetworks_NormalizedBefore.create();
        randomizeBatchNorm(net);
        check(net, Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
    }

    @Test
    void batchNormalizationAfterActivationsWithMeanSquaredError() {
        Model net = UnrolledNetworks_NormalizedAfter.create();
        randomizeBatchNorm(net);
        check(net, Loss.MEAN_SQUARED_ERROR);
    }

    @Test
    void unfusedSoftmaxWithMeanSquaredErrorAndNormalizedInputs() {
        check(UnrolledNetworks_SoftmaxRegression.create(), Loss.MEAN_SQUARED_ERROR);
    }

    /**
     * L1 and L2 penalties (in the loss and the gradient) and dropout with the mask of the next step
     * (fixed: {@code computeGradients} does not advance the step), with the Huber loss.
     */
    @Test
    void penaltiesAndDropoutWithHuber() {
        check(UnrolledNetworks_PenalizedWithDropout.create(), Loss.HUBER);
    }

    /** Alpha dropout with a fixed mask, an L1 penalty, and the mean absolute error. */
    @Test
    void alphaDropoutWithMeanAbsoluteError() {
        check(UnrolledNetworks_SeluWithAlphaDropout.create(), Loss.MEAN_ABSOLUTE_ERROR);
    }

    /** Moves γ and β off 1 and 0, so a swapped or ignored parameter shows. */
    private static void randomizeBatchNorm(Model net) {
        Random random = new Random(9);
        for (Layer layer : net.layers()) {
            if (layer instanceof BatchNormLayer bn) {
                float[] gamma = new float[bn.outputSize()];
                float[] beta = new float[bn.outputSize()];
                for (int i = 0; i < gamma.length; i++) {
                    gamma[i] = 0.5f + random.nextFloat();
                    beta[i] = random.nextFloat() - 0.5f;
                }
                if (bn.parameterCount() == 2 * gamma.length || !isCentered(bn)) {
                    bn.setGamma(gamma);
                }
                if (isCentered(bn)) {
                    bn.setBeta(beta);
                }
            }
        }
    }

    private static boolean isCentered(BatchNormLayer bn) {
        try {
            bn.setBeta(bn.beta());
            return true;
        } catch (UnsupportedOperationException notCentered) {
            return false;
        }
    }

    private static void check(Model net, Loss loss) {
        Random random = new Random(17);
        float[] x = new float[COUNT * net.inputSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        int[] labels = new int[COUNT];
        float[] targets = new float[COUNT * net.outputSize()];
        fillTargets(random, loss, net.outputSize(), labels, targets);
        boolean sparse = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY;

        float[] params = new float[net.parameterCount()];
        net.copyParametersTo(params);
        float[] analytic = new float[params.length];
        if (sparse) {
            net.computeGradients(x, labels, COUNT);
        } else {
            net.computeGradients(x, targets, COUNT);
        }
        net.copyGradientsTo(analytic);

        float[] numeric = new float[params.length];
        for (int i = 0; i < params.length; i++) {
            float saved = params[i];
            params[i] = saved + H;
            net.setParameters(params);
            double plus = sparse ? net.computeGradients(x, labels, COUNT) : net.computeGradients(x, targets, COUNT);
            params[i] = saved - H;
            net.setParameters(params);
            double minus = sparse ? net.computeGradients(x, labels, COUNT) : net.computeGradients(x, targets, COUNT);
            params[i] = saved;
            numeric[i] = (float) ((plus - minus) / (2 * H));
        }
        net.setParameters(params);
        compareByLayer(net, analytic, numeric);
    }

    private static void compareByLayer(Model net, float[] analytic, float[] numeric) {
        int offset = 0;
        for (Layer layer : net.layers()) {
            double diff = 0, sizeA = 0, sizeN = 0;
            for (int i = offset; i < offset + layer.parameterCount(); i++) {
                double d = analytic[i] - numeric[i];
                diff += d * d;
                sizeA += (double) analytic[i] * analytic[i];
                sizeN += (double) numeric[i] * numeric[i];
                assertTrue(Math.abs(d) <= 3e-3 + 3e-2 * Math.abs(analytic[i]), layer.name() + " parameter "
                        + (i - offset) + ": analytic " + analytic[i] + ", finite difference " + numeric[i]);
            }
            double relative = Math.sqrt(diff) / (Math.sqrt(sizeA) + Math.sqrt(sizeN) + 1e-12);
            assertTrue(layer.parameterCount() == 0 || Math.sqrt(diff) <= 1e-2 * (Math.sqrt(sizeA) + Math.sqrt(sizeN)) + 1e-4,
                    layer.name() + ": relative error " + relative);
            assertTrue(layer.parameterCount() == 0 || sizeA > 0, layer.name() + ": all gradients are zero");
            offset += layer.parameterCount();
        }
    }

    private static void fillTargets(Random random, Loss loss, int outputs, int[] labels, float[] targets) {
        for (int i = 0; i < COUNT; i++) {
            labels[i] = random.nextInt(outputs);
            double sum = 0;
            for (int j = 0; j < outputs; j++) {
                float t = switch (loss) {
                    case BINARY_CROSSENTROPY -> random.nextFloat();
                    case MEAN_SQUARED_ERROR, MEAN_ABSOLUTE_ERROR -> (float) random.nextGaussian();
                    case HUBER -> (float) (2 * random.nextGaussian());
                    default -> (float) Math.exp(random.nextGaussian());
                };
                targets[i * outputs + j] = t;
                sum += t;
            }
            if (loss == Loss.CATEGORICAL_CROSSENTROPY) {
                for (int j = 0; j < outputs; j++) {
                    targets[i * outputs + j] /= sum;
                }
            }
        }
    }
}
