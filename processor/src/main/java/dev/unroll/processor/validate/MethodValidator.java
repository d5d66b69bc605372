package dev.unroll.processor.validate;

import dev.unroll.BatchNormLayer;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.PReLULayer;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;
import javax.lang.model.element.ExecutableElement;

/** A layer method returns its layer's view (or {@code Layer}) and takes no parameters. */
public final class MethodValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (LayerModel layer : network.layers()) {
            Class<?> view = viewOf(layer);
            String declared = layer.returnType();
            if (!declared.equals(view.getName()) && !declared.equals(Layer.class.getName())) {
                diagnostics.report(Message.RETURN_TYPE, layer.origin().elementOnly(), layer.name(), declared, layer.kind(),
                        view.getSimpleName(), view.getSimpleName(), layer.name());
            }
            if (layer.origin().element() instanceof ExecutableElement method && !method.getParameters().isEmpty()) {
                diagnostics.report(Message.LAYER_PARAMETERS, layer.origin().elementOnly(), layer.name());
            }
        }
    }

    /** The view interface a layer's method returns. */
    public static Class<?> viewOf(LayerModel layer) {
        if (layer instanceof DenseModel) {
            return DenseLayer.class;
        }
        if (layer instanceof BatchNormModel) {
            return BatchNormLayer.class;
        }
        if (layer instanceof PReLUModel) {
            return PReLULayer.class;
        }
        return Layer.class;
    }
}
