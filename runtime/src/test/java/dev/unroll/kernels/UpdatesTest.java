package dev.unroll.kernels;

import static dev.unroll.kernels.Arrays2.SIZES;
import static dev.unroll.kernels.Arrays2.assertSame;
import static dev.unroll.kernels.Arrays2.positive;
import static dev.unroll.kernels.Arrays2.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every optimizer kernel against its scalar twin in {@link ScalarUpdates}, with and without
 * clipping, over two steps so the state carries over: bit for bit.
 */
@Tag("widths")
class UpdatesTest {
    private final SplittableRandom rng = new SplittableRandom(5);

    private record State(float[] w, float[] a, float[] b, float[] c) {
        State copy() {
            return new State(w.clone(), a.clone(), b.clone(), c.clone());
        }

        void assertSameAs(State other, String what) {
            assertSame(w, other.w, what + " w");
            assertSame(a, other.a, what + " slot a");
            assertSame(b, other.b, what + " slot b");
            assertSame(c, other.c, what + " slot c");
        }
    }

    private interface Step {
        void apply(State s, float[] g, int n, float scale, float bound);
    }

    private void check(String what, Step vector, Step scalar) {
        for (int n : SIZES) {
            State start = new State(random(rng, n, 1), positive(rng, n), random(rng, n, 0.1), positive(rng, n));
            for (float[] clip : new float[][] {{Clipping.NO_SCALE, Clipping.NO_BOUND}, {0.5f, 0.3f}}) {
                State v = start.copy();
                State s = start.copy();
                for (int step = 0; step < 2; step++) {
                    float[] g = random(rng, n, 1);
                    vector.apply(v, g, n, clip[0], clip[1]);
                    scalar.apply(s, g, n, clip[0], clip[1]);
                }
                s.assertSameAs(v, what + " n=" + n + " clip=" + clip[1]);
            }
        }
    }

    @Test
    void sgd() {
        check("sgd", (s, g, n, sc, b) -> SgdUpdate.plain(s.w, g, 0, n, 0.1, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.sgd(s.w, g, 0, n, 0.1f, sc, b));
        check("momentum", (s, g, n, sc, b) -> SgdUpdate.momentum(s.w, g, s.b, 0, n, 0.1, 0.9, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.momentum(s.w, g, s.b, 0, n, 0.1f, 0.9f, sc, b));
        check("nesterov", (s, g, n, sc, b) -> SgdUpdate.nesterov(s.w, g, s.b, 0, n, 0.1, 0.9, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.nesterov(s.w, g, s.b, 0, n, 0.1f, 0.9f, sc, b));
    }

    @Test
    void adagrad() {
        check("adagrad", (s, g, n, sc, b) -> AdagradUpdate.update(s.w, g, s.a, 0, n, 0.1, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.adagrad(s.w, g, s.a, 0, n, 0.1f, 1e-7f, sc, b));
    }

    @Test
    void rmspropInAllFourForms() {
        float keep = 0.9f, take = (float) (1.0 - 0.9);
        check("rmsprop", (s, g, n, sc, b) -> RmspropUpdate.update(s.w, g, s.a, null, null, 0, n, 0.01, 0.9, 0, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.rmsprop(s.w, g, s.a, null, null, 0, n, 0.01f, keep, take, 0f, 1e-7f, sc, b));
        check("rmsprop momentum",
                (s, g, n, sc, b) -> RmspropUpdate.update(s.w, g, s.a, null, s.b, 0, n, 0.01, 0.9, 0.5, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.rmsprop(s.w, g, s.a, null, s.b, 0, n, 0.01f, keep, take, 0.5f, 1e-7f, sc, b));
        check("rmsprop centered",
                (s, g, n, sc, b) -> RmspropUpdate.update(s.w, g, s.c, s.b, null, 0, n, 0.01, 0.9, 0, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.rmsprop(s.w, g, s.c, s.b, null, 0, n, 0.01f, keep, take, 0f, 1e-7f, sc, b));
        check("rmsprop centered momentum",
                (s, g, n, sc, b) -> RmspropUpdate.update(s.w, g, s.c, s.b, s.a, 0, n, 0.01, 0.9, 0.5, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.rmsprop(s.w, g, s.c, s.b, s.a, 0, n, 0.01f, keep, take, 0.5f, 1e-7f, sc, b));
    }

    @Test
    void adamAndAmsgrad() {
        float take1 = (float) (1.0 - 0.9), take2 = (float) (1.0 - 0.999);
        check("adam", (s, g, n, sc, b) -> AdamUpdate.update(s.w, g, s.b, s.a, null, 0, n, 0.01, 0.9, 0.999, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.adam(s.w, g, s.b, s.a, null, 0, n, 0.01f, take1, take2, 1e-7f, sc, b));
        check("amsgrad", (s, g, n, sc, b) -> AdamUpdate.update(s.w, g, s.b, s.a, s.c, 0, n, 0.01, 0.9, 0.999, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.adam(s.w, g, s.b, s.a, s.c, 0, n, 0.01f, take1, take2, 1e-7f, sc, b));
    }

    @Test
    void adamStepSizeIsKerasAlphaT() {
        assertEquals(0.001 * Math.sqrt(1 - 0.999) / (1 - 0.9), AdamUpdate.stepSize(0.001, 0.9, 0.999, 1), 1e-15);
        assertEquals(0.001 * Math.sqrt(1 - Math.pow(0.999, 10)) / (1 - Math.pow(0.9, 10)),
                AdamUpdate.stepSize(0.001, 0.9, 0.999, 10), 1e-15);
    }

    @Test
    void clippingScaleFollowsKeras() {
        float[] g = {3f, 4f};
        assertEquals(25.0, Clipping.sumOfSquares(g, 2), 0);
        assertEquals(0.2f, Clipping.scaleFor(25.0, 1.0), 1e-7f);
        assertEquals(Clipping.NO_SCALE, Clipping.scaleFor(25.0, 5.0));
        assertEquals(0.3f, ScalarUpdates.clip(0.7f, 1f, 0.3f));
        assertEquals(-0.3f, ScalarUpdates.clip(-0.7f, 1f, 0.3f));
    }

    @Test
    void nadamAndAdamax() {
        float take1 = (float) (1.0 - 0.9), take2 = (float) (1.0 - 0.999);
        double product = new NadamUpdate.Schedule(0.9).product(1);
        double cm = NadamUpdate.momentumCoefficient(0.9, 1, product), cg = NadamUpdate.gradientCoefficient(0.9, 1, product);
        double cv = NadamUpdate.varianceCoefficient(0.999, 1);
        check("nadam", (s, g, n, sc, b) -> NadamUpdate.update(s.w, g, s.b, s.a, 0, n, 0.01, cm, cg, cv, 0.9, 0.999, 1e-7,
                        sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.nadam(s.w, g, s.b, s.a, 0, n, 0.01f, (float) cm, (float) cg, (float) cv,
                        take1, take2, 1e-7f, sc, b));
        check("adamax", (s, g, n, sc, b) -> AdamaxUpdate.update(s.w, g, s.b, s.a, 0, n, 0.1, 0.9, 0.999, 1e-7, sc, b),
                (s, g, n, sc, b) -> ScalarUpdates.adamax(s.w, g, s.b, s.a, 0, n, 0.1f, take1, 0.999f, 1e-7f, sc, b));
        check("weight decay", (s, g, n, sc, b) -> WeightDecay.apply(s.w, n, 0.004 * 0.01),
                (s, g, n, sc, b) -> ScalarUpdates.decay(s.w, 0, n, (float) (0.004 * 0.01)));
    }

    @Test
    void nadamScheduleIsTheRunningProductWhateverTheOrderOfCalls() {
        NadamUpdate.Schedule running = new NadamUpdate.Schedule(0.9);
        double expected = 1;
        for (long t = 1; t <= 50; t++) {
            expected *= 0.9 * (1 - 0.5 * StrictMath.pow(0.96, t));
            assertEquals(expected, running.product(t), 0, "step " + t);
        }
        assertEquals(expected, new NadamUpdate.Schedule(0.9).product(50), 0, "from scratch, as after a load");
        assertEquals(0.9 * (1 - 0.5 * 0.96), running.product(1), 0, "back to step 1");
    }

    @Test
    void penaltiesAgainstTheirScalarTwins() {
        for (int n : SIZES) {
            float[] w = random(rng, n, 1);
            float[] g = random(rng, n, 1);
            float[] gScalar = g.clone();
            Penalties.addGradient(w, g, n, 0.01, 0.02);
            Penalties.addGradientScalar(w, gScalar, 0, n, 0.01f, (float) (2 * 0.02));
            assertSame(gScalar, g, "penalty gradient n=" + n);
            for (int rows : new int[] {1, 3}) {
                float[] k = random(rng, rows * n, 1);
                float[] kScalar = k.clone();
                Penalties.maxNorm(k, rows, n, 0.7, new float[n]);
                Penalties.maxNormScalar(kScalar, rows, n, 0.7, new float[n]);
                assertSame(kScalar, k, "max-norm n=" + n + " rows=" + rows);
            }
        }
    }
}
