package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;

/**
 * {@code unroll:optimizer}: AdaGrad on a deep network (three or more hidden layers), where its ever
 * shrinking steps tend to stall; and SGD whose effective rate {@code lr / (1 - momentum)} is 1 or more.
 */
public final class OptimizerAdvisor implements Validator {
    static final int DEEP = 3;

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (OptimizerModel optimizer : network.optimizers()) {
            int hidden = Stack.hiddenDense(network).size();
            if (optimizer instanceof OptimizerModel.Adam adam && adam.kind().equals("AdamW")
                    && adam.weightDecay() == 0) {
                diagnostics.reportAt(Message.ADAMW_WITHOUT_DECAY, optimizer.origin(), "weightDecay");
            }
            if (optimizer.weightDecay() > 0) {
                List<String> penalized = network.layers().stream()
                        .filter(l -> l instanceof DenseModel d && d.l2() > 0).map(l -> l.name() + "()").toList();
                if (!penalized.isEmpty()) {
                    diagnostics.reportAt(Message.L2_WITH_WEIGHT_DECAY, optimizer.origin(), "weightDecay",
                            optimizer.kind(), optimizer.weightDecay(), String.join(", ", penalized));
                }
            }
            if (optimizer instanceof OptimizerModel.Adagrad && hidden >= DEEP) {
                diagnostics.report(Message.ADAGRAD_DEEP, optimizer.origin(), network.interfaceName(), hidden);
            }
            if (optimizer instanceof OptimizerModel.Sgd sgd && sgd.momentum() < 1) {
                double effective = sgd.learningRate() / (1 - sgd.momentum());
                if (effective >= 1) {
                    String how = sgd.momentum() == 0 ? "learningRate " + sgd.learningRate()
                            : "learningRate " + sgd.learningRate() + " / (1 - momentum " + sgd.momentum() + ")";
                    diagnostics.reportAt(Message.SGD_LARGE_RATE, optimizer.origin(), "learningRate",
                            Ranges.brief(effective), how);
                }
            }
        }
    }
}
