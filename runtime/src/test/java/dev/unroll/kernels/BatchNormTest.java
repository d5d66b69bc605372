package dev.unroll.kernels;

import static dev.unroll.kernels.Arrays2.SIZES;
import static dev.unroll.kernels.Arrays2.assertSame;
import static dev.unroll.kernels.Arrays2.positive;
import static dev.unroll.kernels.Arrays2.random;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link BatchNorm} against {@link ScalarBatchNorm}: same operations in the same order, so bit for bit. */
@Tag("widths")
class BatchNormTest {
    private final SplittableRandom rng = new SplittableRandom(3);

    @Test
    void everyKernelEqualsItsScalarTwin() {
        for (int n : SIZES) {
            for (int m : new int[] {1, 4, 32}) {
                int ld = n + 5;
                float[] z = random(rng, m * ld, 2);
                float[] gamma = random(rng, n, 1);
                float[] beta = random(rng, n, 1);

                float[] meanS = new float[n], varS = new float[n], meanV = new float[n], varV = new float[n];
                ScalarBatchNorm.statistics(z, meanS, varS, m, n, ld);
                BatchNorm.statistics(z, meanV, varV, m, n, ld);
                assertSame(meanS, meanV, "mean");
                assertSame(varS, varV, "variance");

                float[] invS = new float[n], invV = new float[n];
                float[] xhatS = new float[m * ld], xhatV = new float[m * ld];
                float[] yS = new float[m * ld], yV = new float[m * ld];
                ScalarBatchNorm.normalizeTraining(z, meanS, varS, 1e-3f, gamma, beta, invS, xhatS, yS, m, n, ld);
                BatchNorm.normalizeTraining(z, meanV, varV, 1e-3f, gamma, beta, invV, xhatV, yV, m, n, ld);
                assertSame(xhatS, xhatV, "xhat");
                assertSame(yS, yV, "training output");

                float[] movingVariance = positive(rng, n);
                ScalarBatchNorm.normalizeInference(z, meanS, movingVariance, 1e-3f, gamma, beta, yS, m, n, ld);
                BatchNorm.normalizeInference(z, meanS, movingVariance, 1e-3f, gamma, beta, yV, m, n, ld);
                assertSame(yS, yV, "inference output");

                float[] dy = random(rng, m * ld, 1);
                float[] dgS = new float[n], dbS = new float[n], dgV = new float[n], dbV = new float[n];
                ScalarBatchNorm.parameterGradients(dy, xhatS, dgS, dbS, m, n, ld);
                BatchNorm.parameterGradients(dy, xhatS, dgV, dbV, m, n, ld);
                assertSame(dgS, dgV, "gamma gradient");
                assertSame(dbS, dbV, "beta gradient");

                float[] dzS = new float[m * ld], dzV = new float[m * ld];
                ScalarBatchNorm.inputGradient(dy, xhatS, gamma, invS, dgS, dbS, dzS, m, n, ld);
                BatchNorm.inputGradient(dy, xhatS, gamma, invS, dgS, dbS, dzV, m, n, ld);
                assertSame(dzS, dzV, "input gradient n=" + n + " m=" + m);

                float[] movingS = random(rng, n, 1);
                float[] movingV = movingS.clone();
                ScalarBatchNorm.updateMoving(movingS, meanS, 0.99f, n);
                BatchNorm.updateMoving(movingV, meanS, 0.99f, n);
                assertSame(movingS, movingV, "moving statistics");
            }
        }
    }
}
