package dev.unroll.runtime;

import dev.unroll.Layer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The seed's central problem made visible. On sampled steps it measures, per layer with
 * parameters, the L2 norm of the gradient and the ratio of the update's norm to the weights' norm,
 * averages them per epoch, and warns once per layer:
 * <ul>
 *   <li><b>vanishing</b> when a layer's gradient norm is below {@value #VANISHING} of the largest
 *       layer's in the same step: its weights barely move while others learn;</li>
 *   <li><b>exploding</b> when one step changes a layer's weights by more than their own norm, or
 *       its gradient norm exceeds {@value #EXPLODING} times the weights' norm (at least 1).</li>
 * </ul>
 * Buffers are allocated once per {@code fit}; sampling allocates nothing.
 */
final class GradientMonitor {
    static final double VANISHING = 1e-5;
    static final double EXPLODING = 1e4;

    private final GeneratedNetwork net;
    private final int every;
    private final List<String> names = new ArrayList<>();
    private final int[] offsets;
    private final float[] before;
    private final float[] after;
    private final float[] gradient;
    private final double[] stepNorms;
    private final double[] gradientSum;
    private final double[] ratioSum;
    private final boolean[] warnedVanishing;
    private final boolean[] warnedExploding;
    private int samples;

    GradientMonitor(GeneratedNetwork net, int every) {
        this.net = net;
        this.every = every;
        List<Integer> bounds = new ArrayList<>();
        int offset = 0;
        for (Layer layer : net.layers()) {
            if (layer.parameterCount() > 0) {
                names.add(layer.name());
                bounds.add(offset);
            }
            offset += layer.parameterCount();
        }
        bounds.add(offset);
        this.offsets = bounds.stream().mapToInt(Integer::intValue).toArray();
        int n = every > 0 ? net.parameterCount() : 0;
        this.before = new float[n];
        this.after = new float[n];
        this.gradient = new float[n];
        this.stepNorms = new double[names.size()];
        this.gradientSum = new double[names.size()];
        this.ratioSum = new double[names.size()];
        this.warnedVanishing = new boolean[names.size()];
        this.warnedExploding = new boolean[names.size()];
    }

    List<String> layerNames() {
        return names;
    }

    /** Whether batch {@code batch} (0-based within its epoch) is sampled. */
    boolean due(int batch) {
        return every > 0 && batch % every == 0;
    }

    void before() {
        net.copyParametersTo(before);
    }

    /** Measures the step just taken and reports any new warning. */
    void after(Consumer<String> warn) {
        net.copyParametersTo(after);
        net.copyGradientsTo(gradient);
        double largest = 0;
        int largestLayer = 0;
        for (int l = 0; l < names.size(); l++) {
            stepNorms[l] = norm(gradient, null, offsets[l], offsets[l + 1]);
            if (stepNorms[l] > largest) {
                largest = stepNorms[l];
                largestLayer = l;
            }
        }
        for (int l = 0; l < names.size(); l++) {
            double g = stepNorms[l];
            double w = norm(before, null, offsets[l], offsets[l + 1]);
            double update = norm(after, before, offsets[l], offsets[l + 1]);
            double ratio = update / Math.max(w, 1e-12);
            gradientSum[l] += g;
            ratioSum[l] += ratio;
            check(l, g, w, ratio, largest, largestLayer, warn);
        }
        samples++;
    }

    private void check(int l, double g, double w, double ratio, double largest, int largestLayer,
                       Consumer<String> warn) {
        if (!warnedVanishing[l] && largest > 0 && g < VANISHING * largest) {
            warnedVanishing[l] = true;
            warn.accept(String.format(Locale.ROOT, "%s: gradients are vanishing: norm %.3g, %.1g times that of %s"
                    + " (%.3g), so its weights barely change. Use ReLU-family activations with He initialization,"
                    + " or batch normalization.", names.get(l), g, g / largest, names.get(largestLayer), largest));
        }
        if (!warnedExploding[l] && (ratio > 1 || g > EXPLODING * Math.max(1, w))) {
            warnedExploding[l] = true;
            String change = ratio > 1 ? String.format(Locale.ROOT, "%.3g times their size", ratio)
                    : String.format(Locale.ROOT, "%.0f%% of their size", 100 * ratio);
            warn.accept(String.format(Locale.ROOT, "%s: gradients are exploding: norm %.3g against weights of norm"
                    + " %.3g; one step changed the weights by %s. Lower the learning rate or set clipNorm on the"
                    + " optimizer.", names.get(l), g, w, change));
        }
    }

    /** ‖a − b‖ over [from, to), or ‖a‖ when {@code b} is null. */
    private static double norm(float[] a, float[] b, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double d = b == null ? a[i] : (double) a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** The epoch's mean gradient norms per layer (NaN without samples), and starts the next epoch. */
    double[] takeGradientNorms() {
        return mean(gradientSum);
    }

    /** The epoch's mean update ratios per layer; call after {@link #takeGradientNorms}. */
    double[] takeUpdateRatios() {
        double[] means = mean(ratioSum);
        Arrays.fill(gradientSum, 0);
        Arrays.fill(ratioSum, 0);
        samples = 0;
        return means;
    }

    private double[] mean(double[] sums) {
        double[] means = new double[sums.length];
        for (int l = 0; l < sums.length; l++) {
            means[l] = samples == 0 ? Double.NaN : sums[l] / samples;
        }
        return means;
    }
}
