package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unroll:vanishing-gradients}: the problem Glorot &amp; Bengio (2010) studied. Five or more hidden layers of
 * sigmoid or tanh without batch normalization multiply the gradient by a factor below 1 at every
 * layer on its way down.
 */
public final class VanishingGradientsAdvisor implements Validator {
    static final int DEEP = 5;

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (Stack.hasBatchNorm(network)) {
            return;
        }
        List<String> saturating = new ArrayList<>();
        for (int i : Stack.hiddenDense(network)) {
            if (Stack.effective(network, i).family() == Stack.Family.SATURATING) {
                saturating.add(network.layers().get(i).name());
            }
        }
        if (saturating.size() >= DEEP) {
            diagnostics.report(Message.VANISHING_GRADIENTS, network.origin().elementOnly(), network.interfaceName(),
                    saturating.size(), String.join(", ", saturating));
        }
    }
}
