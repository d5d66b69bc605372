package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.OptimizerModel;
import java.util.stream.Collectors;

/** Exactly one optimizer annotation. */
public final class OptimizerCountValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        int count = network.optimizers().size();
        if (count == 0) {
            diagnostics.report(Message.OPTIMIZER_MISSING, network.origin().elementOnly(), network.interfaceName());
        } else if (count > 1) {
            String names = network.optimizers().stream().map(o -> "@" + o.kind()).collect(Collectors.joining(", "));
            OptimizerModel second = network.optimizers().get(1);
            diagnostics.report(Message.OPTIMIZER_DUPLICATE, second.origin(), network.interfaceName(), count, names);
        }
    }
}
