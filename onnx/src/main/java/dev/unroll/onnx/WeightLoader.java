package dev.unroll.onnx;

import dev.unroll.Activation;
import dev.unroll.BatchNormLayer;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Model;
import dev.unroll.PReLULayer;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a chain's weights into a network, layer by layer. Every layer is checked against its
 * step first (kind, sizes, activation and its slope, batch-norm epsilon, finite values); only when
 * all match are the values written, so a mismatch changes nothing.
 */
final class WeightLoader {
    private final Model net;
    private final List<Step> steps;
    private final List<Runnable> writes = new ArrayList<>();
    private int at;

    private WeightLoader(Model net, Chain chain) {
        this.net = net;
        this.steps = chain.steps();
    }

    static void load(Model net, Chain chain) {
        if (net.inputSize() != chain.inputs()) {
            throw new IllegalArgumentException("the network takes " + net.inputSize() + " inputs, the file's graph "
                    + chain.inputs());
        }
        WeightLoader loader = new WeightLoader(net, chain);
        for (Layer layer : net.layers()) {
            loader.match(layer);
        }
        if (loader.at < loader.steps.size()) {
            throw new IllegalArgumentException("the file's graph goes on after the network's last layer with "
                    + loader.steps.get(loader.at).origin());
        }
        loader.writes.forEach(Runnable::run);
    }

    private void match(Layer layer) {
        switch (layer.kind()) {
            case "Dense" -> dense((DenseLayer) layer);
            case "BatchNormalization" -> batchNorm((BatchNormLayer) layer);
            case "PReLU" -> prelu((PReLULayer) layer);
            case "ActivationLayer" -> {
                Activation activation = LayerSettings.activation(layer);
                if (activation != Activation.LINEAR) {
                    activation(layer, activation);
                }
            }
            case "LeakyReLU" -> act(layer, Step.Function.LEAKY_RELU, (float) LayerSettings.alpha(layer));
            case "ELU" -> act(layer, Step.Function.ELU, (float) LayerSettings.alpha(layer));
            case "RReLU" -> act(layer, Step.Function.LEAKY_RELU, (float) LayerSettings.meanSlope(layer));
            case "Dropout", "AlphaDropout" -> { }
            default -> throw new IllegalArgumentException(where(layer) + " is a " + layer.kind()
                    + " layer, which has no ONNX counterpart in Unroll's importer");
        }
    }

    private void dense(DenseLayer layer) {
        Step.Linear linear = next(layer, Step.Linear.class);
        if (linear.in() != layer.inputSize() || linear.out() != layer.outputSize()) {
            throw mismatch(layer, linear, "its kernel is " + linear.in() + " × " + linear.out() + " where the layer's is "
                    + layer.inputSize() + " × " + layer.outputSize());
        }
        requireFinite(linear, linear.kernel(), "kernel");
        boolean hasBias = layer.parameterCount() > layer.inputSize() * layer.outputSize();
        float[] bias = linear.bias() == null ? new float[linear.out()] : linear.bias();
        requireFinite(linear, bias, "bias");
        if (!hasBias && !allEqual(bias, 0f)) {
            throw mismatch(layer, linear, "it has a bias, but the layer has useBias = false");
        }
        writes.add(() -> layer.setKernel(linear.kernel()));
        if (hasBias) {
            writes.add(() -> layer.setBias(bias));
        }
        if (layer.activation() != Activation.LINEAR) {
            activation(layer, layer.activation());
        }
    }

    private void batchNorm(BatchNormLayer layer) {
        Step.Norm norm = next(layer, Step.Norm.class);
        if (norm.size() != layer.outputSize()) {
            throw mismatch(layer, norm, "it normalizes " + norm.size() + " features, the layer " + layer.outputSize());
        }
        if (norm.epsilon() != (float) layer.epsilon()) {
            throw mismatch(layer, norm, "its epsilon is " + norm.epsilon() + ", the layer's " + layer.epsilon());
        }
        for (float[] values : List.of(norm.gamma(), norm.beta(), norm.mean(), norm.variance())) {
            requireFinite(norm, values, "batch-norm values");
        }
        boolean scale = supports(() -> layer.setGamma(layer.gamma()));
        boolean center = supports(() -> layer.setBeta(layer.beta()));
        if (!scale && !allEqual(norm.gamma(), 1f)) {
            throw mismatch(layer, norm, "its scale is not all ones, but the layer has scale = false");
        }
        if (!center && !allEqual(norm.beta(), 0f)) {
            throw mismatch(layer, norm, "its bias is not all zeros, but the layer has center = false");
        }
        if (scale) {
            writes.add(() -> layer.setGamma(norm.gamma()));
        }
        if (center) {
            writes.add(() -> layer.setBeta(norm.beta()));
        }
        writes.add(() -> layer.setMovingMean(norm.mean()));
        writes.add(() -> layer.setMovingVariance(norm.variance()));
    }

    private void prelu(PReLULayer layer) {
        Step.Prelu prelu = next(layer, Step.Prelu.class);
        int slopes = layer.alpha().length;
        if (prelu.slopes().length != slopes) {
            throw mismatch(layer, prelu, "it has " + prelu.slopes().length + " slope(s), the layer " + slopes
                    + (slopes == 1 ? " (shared = true)" : " (one per unit)"));
        }
        requireFinite(prelu, prelu.slopes(), "slopes");
        writes.add(() -> layer.setAlpha(prelu.slopes()));
    }

    private void activation(Layer layer, Activation activation) {
        switch (activation) {
            case RELU -> act(layer, Step.Function.RELU, 0);
            case SIGMOID -> act(layer, Step.Function.SIGMOID, 0);
            case TANH -> act(layer, Step.Function.TANH, 0);
            case SOFTMAX -> act(layer, Step.Function.SOFTMAX, 0);
            case SELU -> act(layer, Step.Function.SELU, 0);
            case ELU -> act(layer, Step.Function.ELU, 1f);
            default -> throw new IllegalArgumentException(where(layer) + " has activation " + activation
                    + ", which Unroll's importer does not know");
        }
    }

    private void act(Layer layer, Step.Function function, float alpha) {
        Step step = at < steps.size() ? steps.get(at) : null;
        if (!(step instanceof Step.Act act) || act.function() != function
                || (usesAlpha(function) && act.alpha() != alpha)) {
            throw new IllegalArgumentException(where(layer) + " applies " + describe(function, alpha)
                    + ", but the file's graph has " + (step == null ? "nothing more" : step.origin()
                    + (step instanceof Step.Act a && usesAlpha(a.function()) ? " with alpha " + a.alpha() : "")));
        }
        at++;
    }

    private <T extends Step> T next(Layer layer, Class<T> type) {
        Step step = at < steps.size() ? steps.get(at) : null;
        if (!type.isInstance(step)) {
            throw new IllegalArgumentException(where(layer) + " is a " + layer.kind() + " layer, but the file's graph has "
                    + (step == null ? "nothing more" : step.origin()) + " there");
        }
        at++;
        return type.cast(step);
    }

    private String where(Layer layer) {
        return "layer " + (net.layers().indexOf(layer) + 1) + " '" + layer.name() + "'";
    }

    private IllegalArgumentException mismatch(Layer layer, Step step, String difference) {
        return new IllegalArgumentException(where(layer) + " does not match " + step.origin() + ": " + difference);
    }

    private static boolean usesAlpha(Step.Function function) {
        return function == Step.Function.LEAKY_RELU || function == Step.Function.ELU;
    }

    private static String describe(Step.Function function, float alpha) {
        return function.name().toLowerCase(java.util.Locale.ROOT) + (usesAlpha(function) ? " with alpha " + alpha : "");
    }

    private static void requireFinite(Step step, float[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(step.origin() + ": " + what + " value " + i + " is " + values[i]);
            }
        }
    }

    private static boolean allEqual(float[] values, float value) {
        for (float v : values) {
            if (v != value) {
                return false;
            }
        }
        return true;
    }

    /** Whether a setter is supported: called with the current values, it changes nothing. */
    private static boolean supports(Runnable setter) {
        try {
            setter.run();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
