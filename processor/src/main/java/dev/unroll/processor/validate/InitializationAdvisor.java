package dev.unroll.processor.validate;

import dev.unroll.Initializer;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.NetworkModel;

/**
 * {@code unroll:init-activation}: the initializations of Glorot &amp; Bengio (2010) and He et al. (2015). ReLU and its variants want
 * He; sigmoid, tanh, softmax and linear layers want Glorot; constant kernels never break symmetry.
 * The activation that counts is the one the Dense layer's output reaches next (see
 * {@link Stack#effective}). SELU's LeCun rule belongs to {@link SelfNormalizationAdvisor}.
 */
public final class InitializationAdvisor implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (int i = 0; i < network.layers().size(); i++) {
            if (network.layers().get(i) instanceof DenseModel dense) {
                advise(dense, Stack.effective(network, i), diagnostics);
            }
        }
    }

    private static void advise(DenseModel dense, Stack.Effective effective, Diagnostics diagnostics) {
        Initializer init = dense.kernelInitializer();
        String family = init.name().substring(0, init.name().indexOf('_') + 1);
        boolean normal = init.name().endsWith("NORMAL");
        if (init == Initializer.ZEROS || init == Initializer.ONES) {
            diagnostics.reportAt(Message.INIT_CONSTANT, dense.origin(), "kernelInitializer", dense.name(), init,
                    suggestion(effective.family(), true));
        } else if (effective.family() == Stack.Family.RELU && !family.equals("HE_")) {
            diagnostics.reportAt(Message.INIT_RELU, dense.origin(), "kernelInitializer", dense.name(), effective.name(),
                    init, normal ? "HE_NORMAL" : "HE_UNIFORM");
        } else if ((effective.family() == Stack.Family.SATURATING || effective.family() == Stack.Family.LINEAR)
                && family.equals("HE_")) {
            diagnostics.reportAt(Message.INIT_SATURATING, dense.origin(), "kernelInitializer", dense.name(),
                    effective.name(), init, effective.name(), normal ? "GLOROT_NORMAL" : "GLOROT_UNIFORM");
        }
    }

    private static String suggestion(Stack.Family family, boolean normal) {
        String base = switch (family) {
            case RELU -> "HE_";
            case SELU -> "LECUN_";
            default -> "GLOROT_";
        };
        return base + (normal ? "NORMAL" : "UNIFORM");
    }
}
