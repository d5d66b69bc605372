package dev.unroll.processor.validate;

import dev.unroll.Layer;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import javax.lang.model.element.ExecutableElement;

/** A layer method returns its layer's view (or {@code Layer}) and takes no parameters. */
public final class MethodValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (LayerModel layer : network.layers()) {
            Class<?> view = layer.viewType();
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
}
