package dev.unroll.processor.validate;

import static dev.unroll.processor.validate.Ranges.decay;
import static dev.unroll.processor.validate.Ranges.positive;
import static dev.unroll.processor.validate.Ranges.show;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ActivationFunction;
import dev.unroll.processor.model.ActivationModel;
import dev.unroll.processor.model.BatchNormModel;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.DropoutModel;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.PReLUModel;

/** Batch normalization, RReLU, LeakyReLU, ELU and PReLU settings are in range. */
public final class LayerSettingsValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (LayerModel layer : network.layers()) {
            if (layer instanceof BatchNormModel bn) {
                if (!decay(bn.momentum())) {
                    diagnostics.reportAt(Message.DECAY_RANGE, bn.origin(), "momentum", bn.name(), "momentum",
                            show(bn.momentum()), "0.99");
                }
                if (!positive(bn.epsilon())) {
                    diagnostics.reportAt(Message.EPSILON, bn.origin(), "epsilon", bn.name(), show(bn.epsilon()), "0.001");
                }
            } else if (layer instanceof DenseModel dense) {
                penalty(dense, "l1", dense.l1(), diagnostics);
                penalty(dense, "l2", dense.l2(), diagnostics);
                penalty(dense, "maxNorm", dense.maxNorm(), diagnostics);
            } else if (layer instanceof DropoutModel dropout && !(dropout.rate() >= 0 && dropout.rate() < 1)) {
                diagnostics.reportAt(Message.DROPOUT_RATE, dropout.origin(), "rate", dropout.name(),
                        show(dropout.rate()));
            } else if (layer instanceof ActivationModel activation) {
                checkActivation(activation, diagnostics);
            } else if (layer instanceof PReLUModel prelu && !Double.isFinite(prelu.alpha())) {
                diagnostics.reportAt(Message.NOT_FINITE, prelu.origin(), "alpha", prelu.name(), "alpha",
                        show(prelu.alpha()));
            }
        }
    }

    private static void penalty(DenseModel dense, String name, double value, Diagnostics diagnostics) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            diagnostics.reportAt(Message.PENALTY, dense.origin(), name, dense.name(), name, show(value));
        }
    }

    private static void checkActivation(ActivationModel layer, Diagnostics diagnostics) {
        ActivationFunction f = layer.function();
        switch (f.kind()) {
            case RRELU -> {
                if (!(0 <= f.lower() && f.lower() <= f.upper() && f.upper() <= 1)) {
                    diagnostics.reportAt(Message.RRELU_RANGE, layer.origin(), f.lower() < 0 || f.lower() > 1
                            ? "lower" : "upper", layer.name(), show(f.lower()), show(f.upper()));
                }
            }
            case LEAKY_RELU, ELU -> {
                if (!(f.alpha() >= 0) || Double.isInfinite(f.alpha())) {
                    diagnostics.reportAt(Message.NEGATIVE_SLOPE, layer.origin(), "alpha", layer.name(), show(f.alpha()),
                            f.kind() == ActivationFunction.Kind.ELU ? "1.0" : "0.3");
                }
            }
            default -> { }
        }
    }
}
