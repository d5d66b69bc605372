package dev.unroll.kernels;

import static dev.unroll.kernels.Arrays2.SIZES;
import static dev.unroll.kernels.Arrays2.assertClose;
import static dev.unroll.kernels.Arrays2.assertSame;
import static dev.unroll.kernels.Arrays2.random;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link Activations} against {@link ScalarActivations}, bit for bit: the exponentials are the
 * runtime's own ({@link VectorMath} and its twin {@link ScalarMath}), computed the same way in both.
 */
@Tag("widths")
class ActivationsTest {
    private final SplittableRandom rng = new SplittableRandom(11);

    @Test
    void forwardsEqualScalarTwins() {
        for (int n : SIZES) {
            float[] z = random(rng, n, 6);
            check(n, "relu", (y) -> Activations.relu(z, y, n), (y) -> ScalarActivations.relu(z, y, n), 0);
            check(n, "leakyRelu", (y) -> Activations.leakyRelu(z, y, n, 0.3f),
                    (y) -> ScalarActivations.leakyRelu(z, y, n, 0.3f), 0);
            check(n, "sigmoid", (y) -> Activations.sigmoid(z, y, n), (y) -> ScalarActivations.sigmoid(z, y, n), 0);
            check(n, "tanh", (y) -> Activations.tanh(z, y, n), (y) -> ScalarActivations.tanh(z, y, n), 0);
            check(n, "elu", (y) -> Activations.elu(z, y, n, 0.7f), (y) -> ScalarActivations.elu(z, y, n, 0.7f), 0);
            check(n, "selu", (y) -> Activations.selu(z, y, n), (y) -> ScalarActivations.selu(z, y, n), 0);
        }
    }

    @Test
    void backwardsEqualScalarTwins() {
        for (int n : SIZES) {
            float[] z = random(rng, n, 6);
            float[] y = random(rng, n, 1);
            float[] dy = random(rng, n, 1);
            check(n, "sigmoidBackward", (dx) -> Activations.sigmoidBackward(y, dy, dx, n),
                    (dx) -> ScalarActivations.sigmoidBackward(y, dy, dx, n), 0);
            check(n, "tanhBackward", (dx) -> Activations.tanhBackward(y, dy, dx, n),
                    (dx) -> ScalarActivations.tanhBackward(y, dy, dx, n), 0);
            check(n, "reluBackward", (dx) -> Activations.reluBackward(z, dy, dx, n),
                    (dx) -> ScalarActivations.reluBackward(z, dy, dx, n), 0);
            check(n, "leakyReluBackward", (dx) -> Activations.leakyReluBackward(z, dy, dx, n, 0.01f),
                    (dx) -> ScalarActivations.leakyReluBackward(z, dy, dx, n, 0.01f), 0);
            check(n, "eluBackward", (dx) -> Activations.eluBackward(z, y, dy, dx, n, 1.5f),
                    (dx) -> ScalarActivations.eluBackward(z, y, dy, dx, n, 1.5f), 0);
            check(n, "seluBackward", (dx) -> Activations.seluBackward(z, y, dy, dx, n),
                    (dx) -> ScalarActivations.seluBackward(z, y, dy, dx, n), 0);
        }
    }

    @Test
    void backwardMayWorkInPlace() {
        int n = 259;
        float[] z = random(rng, n, 3);
        float[] dy = random(rng, n, 1);
        float[] want = new float[n];
        ScalarActivations.reluBackward(z, dy, want, n);
        Activations.reluBackward(z, dy, dy, n);
        assertSame(want, dy, "reluBackward in place");
    }

    @Test
    void parametricReluEqualsScalarTwin() {
        for (int n : SIZES) {
            int m = 5;
            int ld = n + 3;
            float[] z = random(rng, m * ld, 3);
            float[] dy = random(rng, m * ld, 1);
            float[] alpha = random(rng, n, 0.5);
            check(m * ld, "prelu forward n=" + n, (y) -> ParametricRelu.forward(z, y, alpha, m, n, ld),
                    (y) -> ScalarParametricRelu.forward(z, y, alpha, m, n, ld), 0);
            check(n, "prelu alphaGradient n=" + n, (da) -> ParametricRelu.alphaGradient(z, dy, da, m, n, ld),
                    (da) -> ScalarParametricRelu.alphaGradient(z, dy, da, m, n, ld), 0);
            check(m * ld, "prelu inputGradient n=" + n, (dx) -> ParametricRelu.inputGradient(z, dy, dx, alpha, m, n, ld),
                    (dx) -> ScalarParametricRelu.inputGradient(z, dy, dx, alpha, m, n, ld), 0);
            check(1, "prelu shared alphaGradient n=" + n,
                    (da) -> ParametricRelu.alphaGradientShared(z, dy, da, m * ld),
                    (da) -> ScalarParametricRelu.alphaGradientShared(z, dy, da, m * ld), 1e-5 * Math.sqrt(m * ld));
        }
    }

    private interface Kernel {
        void run(float[] out);
    }

    private static void check(int n, String what, Kernel vector, Kernel scalar, double tolerance) {
        float[] want = new float[n];
        float[] got = new float[n];
        scalar.run(want);
        vector.run(got);
        if (tolerance == 0) {
            assertSame(want, got, what + " n=" + n);
        } else {
            assertClose(want, got, tolerance, what + " n=" + n);
        }
    }
}
