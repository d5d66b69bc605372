package dev.unroll.processor.fuzz;

import dev.unroll.Loss;
import dev.unroll.Model;
import java.util.Locale;
import java.util.Random;

/**
 * Central finite differences of the training loss against {@code computeGradients} over every
 * parameter, for networks nobody designed. In float32 a difference with step h carries about
 * 1e-6 |L| / h of rounding, and a step that crosses a ReLU kink gives a wrong difference for the
 * parameters that moved it; so the check passes when ‖fd − g‖ ≤ 5% of ‖fd‖ + ‖g‖ plus the rounding
 * floor, at h = 3e-3 or, failing that, at h = 1e-3 (where a kink is three times less likely).
 *
 * <p>Dropout and alpha dropout keep one mask through the whole check: it is drawn from (seed, layer,
 * step), and {@code computeGradients} does not advance the step, so the loss is one deterministic
 * function of the parameters. L1 penalties and the mean absolute error have kinks at 0, as ReLU does.
 * maxNorm is a constraint applied after an update, not part of the loss, so it does not show here.
 *
 * <p>The parameters are first drawn at random: initializers such as ONES, or batch normalization
 * of a single example (which outputs exactly β), can put a ReLU exactly on its kink at 0, where no
 * finite difference is meaningful. Initializers have tests of their own.
 */
final class GradientCheck {
    private GradientCheck() {}

    /** Null when the gradients agree; otherwise what went wrong. */
    static String check(Model net, Loss loss, Random random) {
        int count = net.batchSize();
        float[] x = new float[count * net.inputSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        int[] labels = new int[count];
        float[] targets = new float[count * net.outputSize()];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(net.outputSize());
            double sum = 0;
            for (int j = 0; j < net.outputSize(); j++) {
                float t = switch (loss) {
                    case MEAN_SQUARED_ERROR, MEAN_ABSOLUTE_ERROR -> (float) random.nextGaussian();
                    case HUBER -> (float) (2 * random.nextGaussian()); // both sides of |e| = 1
                    default -> random.nextFloat();
                };
                targets[i * net.outputSize() + j] = t;
                sum += t;
            }
            for (int j = 0; loss == Loss.CATEGORICAL_CROSSENTROPY && j < net.outputSize(); j++) {
                targets[i * net.outputSize() + j] /= (float) sum;
            }
        }
        Probe probe = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY
                ? () -> net.computeGradients(x, labels, count) : () -> net.computeGradients(x, targets, count);
        float[] params = new float[net.parameterCount()];
        for (int i = 0; i < params.length; i++) {
            params[i] = (float) (0.5 * random.nextGaussian());
        }
        net.setParameters(params);
        float value = probe.loss();
        float[] analytic = new float[params.length];
        net.copyGradientsTo(analytic);
        if (!Float.isFinite(value)) {
            return "loss is " + value;
        }
        String first = compare(net, probe, params, analytic, value, 3e-3f);
        return first == null ? null : compare(net, probe, params, analytic, value, 1e-3f) == null ? null : first;
    }

    private interface Probe {
        float loss();
    }

    private static String compare(Model net, Probe probe, float[] params, float[] analytic, float value, float h) {
        double diff = 0, sizeA = 0, sizeN = 0;
        for (int i = 0; i < params.length; i++) {
            float saved = params[i];
            params[i] = saved + h;
            net.setParameters(params);
            double plus = probe.loss();
            params[i] = saved - h;
            net.setParameters(params);
            double minus = probe.loss();
            params[i] = saved;
            double numeric = (plus - minus) / (2 * h);
            diff += (numeric - analytic[i]) * (numeric - analytic[i]);
            sizeA += (double) analytic[i] * analytic[i];
            sizeN += numeric * numeric;
        }
        net.setParameters(params);
        double floor = 1e-6 * Math.max(1, Math.abs(value)) / h * Math.sqrt(params.length);
        double allowed = 0.05 * (Math.sqrt(sizeA) + Math.sqrt(sizeN)) + floor;
        return Math.sqrt(diff) <= allowed ? null : String.format(Locale.ROOT,
                "h=%s: |fd - g| = %.3g > %.3g (|g| = %.3g, |fd| = %.3g, loss %.4g)", h, Math.sqrt(diff), allowed,
                Math.sqrt(sizeA), Math.sqrt(sizeN), value);
    }
}
