package dev.unroll.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Model;
import dev.unroll.kernels.AdamUpdate;
import dev.unroll.kernels.AdamaxUpdate;
import dev.unroll.kernels.Clipping;
import dev.unroll.kernels.NadamUpdate;
import dev.unroll.kernels.ScalarUpdates;
import dev.unroll.processor.testing.InMemoryCompiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every optimizer form with every kind of clipping: a compiled network's three training steps
 * against the scalar update twins fed with the raw gradients ({@code copyGradientsTo}) clipped
 * here by Keras' rules. The thresholds are small enough that clipping changes every step.
 */
class OptimizerClippingTest {
    /** Optimizer annotations, and how the expected trajectory applies each. */
    private static final Map<String, String> OPTIMIZERS = new LinkedHashMap<>();
    private static final Map<String, String> CLIPS = new LinkedHashMap<>();
    /** Flat sizes of the parameter tensors of the network below: kernel, bias, kernel, bias. */
    private static final int[] TENSORS = {20, 4, 12, 3};

    static {
        OPTIMIZERS.put("sgd", "@SGD(learningRate = 0.1)");
        OPTIMIZERS.put("momentum", "@SGD(learningRate = 0.1, momentum = 0.9)");
        OPTIMIZERS.put("nesterov", "@SGD(learningRate = 0.1, momentum = 0.9, nesterov = true)");
        OPTIMIZERS.put("adagrad", "@Adagrad(learningRate = 0.1)");
        OPTIMIZERS.put("rmsprop", "@RMSprop(learningRate = 0.01)");
        OPTIMIZERS.put("rmspropMomentum", "@RMSprop(learningRate = 0.01, momentum = 0.5)");
        OPTIMIZERS.put("rmspropCentered", "@RMSprop(learningRate = 0.01, centered = true)");
        OPTIMIZERS.put("rmspropCenteredMomentum", "@RMSprop(learningRate = 0.01, centered = true, momentum = 0.5)");
        OPTIMIZERS.put("adam", "@Adam(learningRate = 0.01)");
        OPTIMIZERS.put("amsgrad", "@Adam(learningRate = 0.01, amsgrad = true)");
        OPTIMIZERS.put("adamw", "@AdamW(learningRate = 0.01, weightDecay = 0.01)");
        OPTIMIZERS.put("adamax", "@Adamax(learningRate = 0.01)");
        OPTIMIZERS.put("nadam", "@Nadam(learningRate = 0.01)");
        OPTIMIZERS.put("sgdWeightDecay", "@SGD(learningRate = 0.1, momentum = 0.9, weightDecay = 0.01)");
        CLIPS.put("none", "");
        CLIPS.put("clipValue", "clipValue = 0.02");
        CLIPS.put("clipNorm", "clipNorm = 0.05");
        CLIPS.put("globalClipNorm", "globalClipNorm = 0.05");
    }

    private static InMemoryCompiler.Result compiled;

    private static synchronized InMemoryCompiler.Result compiled() {
        if (compiled == null) {
            Map<String, String> sources = new LinkedHashMap<>();
            OPTIMIZERS.forEach((name, annotation) -> CLIPS.forEach((clip, setting) ->
                    sources.put("clip." + name + "_" + clip, source(name + "_" + clip, annotation, setting))));
            compiled = InMemoryCompiler.compile(sources);
            assertTrue(compiled.success(), compiled::describe);
        }
        return compiled;
    }

    private static String source(String name, String annotation, String clip) {
        String optimizer = clip.isEmpty() ? annotation : annotation.replace(")", ", " + clip + ")");
        return """
                package clip;
                import dev.unroll.*;
                @Network(inputs = 5, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 8, seed = 3)
                %s
                public interface %s extends Model {
                    @Dense(units = 4, activation = Activation.TANH) DenseLayer hidden();
                    @Dense(units = 3, activation = Activation.SOFTMAX) DenseLayer output();
                }
                """.formatted(optimizer, name);
    }

    @TestFactory
    Stream<DynamicTest> everyOptimizerWithEveryClipping() {
        List<DynamicTest> tests = new ArrayList<>();
        OPTIMIZERS.keySet().forEach(optimizer -> CLIPS.keySet().forEach(clip ->
                tests.add(DynamicTest.dynamicTest(optimizer + " " + clip, () -> check(optimizer, clip)))));
        return tests.stream();
    }

    private static void check(String optimizer, String clip) throws Exception {
        Model net = (Model) compiled().load("clip.Unrolled" + optimizer + "_" + clip).getMethod("create").invoke(null);
        Random random = new Random(5);
        float[] x = new float[8 * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian() * 2;
        }
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 1};
        Expected expected = new Expected(optimizer, net.parameterCount());
        net.copyParametersTo(expected.w);
        boolean clippingMattered = false;
        for (int t = 1; t <= 3; t++) {
            float[] g = new float[net.parameterCount()];
            net.computeGradients(x, labels, 8);
            net.copyGradientsTo(g);
            Expected unclipped = expected.copy();
            unclipped.step(g, scales(g, "none"), Clipping.NO_BOUND, t);
            expected.step(g, scales(g, clip), clip.equals("clipValue") ? 0.02f : Clipping.NO_BOUND, t);
            clippingMattered |= maxDifference(unclipped.w, expected.w) > 1e-5;
            net.trainBatch(x, labels, 8);
            float[] got = new float[net.parameterCount()];
            net.copyParametersTo(got);
            float deviation = maxDifference(expected.w, got);
            assertTrue(deviation <= 1e-5f, optimizer + " " + clip + " step " + t + ": parameters deviate by " + deviation
                    + "\nexpected " + Arrays.toString(expected.w) + "\ngot      " + Arrays.toString(got));
        }
        assertTrue(clip.equals("none") || clippingMattered, clip + " never changed an update: the test proves nothing");
    }

    /** The gradient scale of each tensor under a clipping mode, as Keras computes it. */
    private static float[] scales(float[] g, String clip) {
        float[] scales = new float[TENSORS.length];
        Arrays.fill(scales, Clipping.NO_SCALE);
        double total = 0;
        int offset = 0;
        for (int i = 0; i < TENSORS.length; i++) {
            double sum = Clipping.sumOfSquares(Arrays.copyOfRange(g, offset, offset + TENSORS[i]), TENSORS[i]);
            if (clip.equals("clipNorm")) {
                scales[i] = Clipping.scaleFor(sum, 0.05);
            }
            total += sum;
            offset += TENSORS[i];
        }
        if (clip.equals("globalClipNorm")) {
            Arrays.fill(scales, Clipping.scaleFor(total, 0.05));
        }
        return scales;
    }

    private static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** The expected trajectory: flat parameters and optimizer slots, updated with the scalar twins. */
    private static final class Expected {
        final String optimizer;
        final float[] w;
        final float[] a;
        final float[] b;
        final float[] c;

        Expected(String optimizer, int n) {
            this(optimizer, new float[n], new float[n], new float[n], new float[n]);
            if (optimizer.equals("adagrad")) {
                Arrays.fill(a, 0.1f);
            }
        }

        private Expected(String optimizer, float[] w, float[] a, float[] b, float[] c) {
            this.optimizer = optimizer;
            this.w = w;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        Expected copy() {
            return new Expected(optimizer, w.clone(), a.clone(), b.clone(), c.clone());
        }

        void step(float[] g, float[] scales, float bound, int t) {
            int from = 0;
            for (int i = 0; i < TENSORS.length; i++) {
                int to = from + TENSORS[i];
                update(g, from, to, scales[i], bound, t);
                from = to;
            }
        }

        private void update(float[] g, int from, int to, float scale, float bound, int t) {
            float take = (float) (1.0 - 0.9);
            switch (optimizer) {
                case "sgd" -> ScalarUpdates.sgd(w, g, from, to, 0.1f, scale, bound);
                case "momentum" -> ScalarUpdates.momentum(w, g, a, from, to, 0.1f, 0.9f, scale, bound);
                case "nesterov" -> ScalarUpdates.nesterov(w, g, a, from, to, 0.1f, 0.9f, scale, bound);
                case "adagrad" -> ScalarUpdates.adagrad(w, g, a, from, to, 0.1f, 1e-7f, scale, bound);
                case "rmsprop" -> ScalarUpdates.rmsprop(w, g, a, null, null, from, to, 0.01f, 0.9f, take, 0f, 1e-7f,
                        scale, bound);
                case "rmspropMomentum" -> ScalarUpdates.rmsprop(w, g, a, null, c, from, to, 0.01f, 0.9f, take, 0.5f,
                        1e-7f, scale, bound);
                case "rmspropCentered" -> ScalarUpdates.rmsprop(w, g, a, b, null, from, to, 0.01f, 0.9f, take, 0f,
                        1e-7f, scale, bound);
                case "rmspropCenteredMomentum" -> ScalarUpdates.rmsprop(w, g, a, b, c, from, to, 0.01f, 0.9f, take,
                        0.5f, 1e-7f, scale, bound);
                case "adam", "amsgrad" -> ScalarUpdates.adam(w, g, a, b, optimizer.equals("amsgrad") ? c : null, from,
                        to, (float) AdamUpdate.stepSize(0.01, 0.9, 0.999, t), take, (float) (1.0 - 0.999), 1e-7f,
                        scale, bound);
                case "adamw" -> {
                    ScalarUpdates.decay(w, from, to, (float) (0.01 * 0.01));
                    ScalarUpdates.adam(w, g, a, b, null, from, to, (float) AdamUpdate.stepSize(0.01, 0.9, 0.999, t),
                            take, (float) (1.0 - 0.999), 1e-7f, scale, bound);
                }
                case "adamax" -> ScalarUpdates.adamax(w, g, a, b, from, to,
                        (float) AdamaxUpdate.stepSize(0.01, 0.9, t), take, 0.999f, 1e-7f, scale, bound);
                case "nadam" -> {
                    double product = new NadamUpdate.Schedule(0.9).product(t);
                    ScalarUpdates.nadam(w, g, a, b, from, to, 0.01f,
                            (float) NadamUpdate.momentumCoefficient(0.9, t, product),
                            (float) NadamUpdate.gradientCoefficient(0.9, t, product),
                            (float) NadamUpdate.varianceCoefficient(0.999, t), take, (float) (1.0 - 0.999), 1e-7f,
                            scale, bound);
                }
                case "sgdWeightDecay" -> {
                    ScalarUpdates.decay(w, from, to, (float) (0.01 * 0.1));
                    ScalarUpdates.momentum(w, g, a, from, to, 0.1f, 0.9f, scale, bound);
                }
                default -> throw new IllegalArgumentException(optimizer);
            }
        }
    }
}
