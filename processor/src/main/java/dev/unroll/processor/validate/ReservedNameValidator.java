package dev.unroll.processor.validate;

import dev.unroll.Model;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/** A layer method cannot take the name of a method without parameters that every generated network has. */
public final class ReservedNameValidator implements Validator {
    /** Name → where it comes from. */
    private static final Map<String, String> RESERVED = reserved();

    private static Map<String, String> reserved() {
        Map<String, String> names = new HashMap<>();
        for (Method m : Model.class.getMethods()) {
            if (m.getParameterCount() == 0) {
                names.put(m.getName(), "Model." + m.getName() + "()");
            }
        }
        for (String own : new String[] {"seed", "nextStep", "updateMovingStatistics", "applyUpdate"}) {
            names.put(own, "the generated class's " + own + "()");
        }
        for (Method m : Object.class.getMethods()) {
            if (m.getParameterCount() == 0) {
                names.put(m.getName(), "Object." + m.getName() + "()");
            }
        }
        names.put("clone", "Object.clone()");
        names.put("finalize", "Object.finalize()");
        return names;
    }

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (LayerModel layer : network.layers()) {
            String owner = RESERVED.get(layer.name());
            if (owner != null) {
                diagnostics.report(Message.RESERVED_NAME, layer.origin().elementOnly(), layer.name(), owner,
                        layer.name());
            }
        }
    }
}
