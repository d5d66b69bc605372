package dev.unroll.onnx;

import dev.unroll.Activation;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.runtime.LayerView;
import java.util.Locale;

/**
 * The setting of a layer without parameters ({@code @ActivationLayer}, {@code @LeakyReLU},
 * {@code @ELU}, {@code @RReLU}), which the public views give only in
 * {@link LayerView#description()}: {@code ActivationLayer (relu)}, {@code ActivationLayer (alpha 1.0)}
 * for ELU, {@code LeakyReLU (alpha 0.3)},
 * {@code ELU (alpha 1.0)}, {@code RReLU (0.125 to 0.3333333333333333)}. Doubles there are
 * printed with {@link Double#toString}, so they read back exactly.
 */
final class LayerSettings {
    private LayerSettings() {}

    /** The activation of an {@code @ActivationLayer} or of a {@code DenseLayer}. */
    static Activation activation(Layer layer) {
        if (layer instanceof DenseLayer dense) {
            return dense.activation();
        }
        String setting = setting(layer);
        if (setting.startsWith("alpha ")) {
            return Activation.ELU; // @ActivationLayer(ELU) is described by its slope: "ActivationLayer (alpha 1.0)"
        }
        try {
            return Activation.valueOf(setting.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unreadable(layer, e);
        }
    }

    /** The alpha of a {@code @LeakyReLU} or {@code @ELU} layer. */
    static double alpha(Layer layer) {
        String setting = setting(layer);
        try {
            return Double.parseDouble(setting.substring(setting.indexOf("alpha ") + "alpha ".length()));
        } catch (RuntimeException e) {
            throw unreadable(layer, e);
        }
    }

    /** The mean slope {@code (lower + upper) / 2} that an {@code @RReLU} layer uses in inference. */
    static double meanSlope(Layer layer) {
        String setting = setting(layer);
        try {
            int to = setting.indexOf(" to ");
            double lower = Double.parseDouble(setting.substring(0, to));
            double upper = Double.parseDouble(setting.substring(to + " to ".length()));
            return (lower + upper) / 2;
        } catch (RuntimeException e) {
            throw unreadable(layer, e);
        }
    }

    /** The text inside the description's parentheses. */
    private static String setting(Layer layer) {
        if (!(layer instanceof LayerView view)) {
            throw new IllegalArgumentException("layer '" + layer.name() + "' is not a view of a generated network");
        }
        String description = view.description();
        int open = description.indexOf('(');
        int close = description.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw unreadable(layer, null);
        }
        return description.substring(open + 1, close);
    }

    private static IllegalStateException unreadable(Layer layer, Exception cause) {
        return new IllegalStateException("cannot read the setting of layer '" + layer.name() + "' from \""
                + ((LayerView) layer).description() + "\"", cause);
    }
}
