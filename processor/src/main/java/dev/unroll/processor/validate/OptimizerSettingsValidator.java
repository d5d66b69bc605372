package dev.unroll.processor.validate;

import static dev.unroll.processor.validate.Ranges.positive;
import static dev.unroll.processor.validate.Ranges.show;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ClipModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.OptimizerModel;

/** Each optimizer's hyper-parameters are in range and make sense together. */
public final class OptimizerSettingsValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (OptimizerModel optimizer : network.optimizers()) {
            Checker check = new Checker(optimizer, diagnostics);
            if (!positive(optimizer.learningRate())) {
                diagnostics.reportAt(Message.LEARNING_RATE, optimizer.origin(), "learningRate", optimizer.kind(),
                        show(optimizer.learningRate()));
            }
            check.clip(optimizer.clip());
            if (!(optimizer.weightDecay() >= 0) || Double.isInfinite(optimizer.weightDecay())) {
                diagnostics.reportAt(Message.WEIGHT_DECAY, optimizer.origin(), "weightDecay", optimizer.kind(),
                        show(optimizer.weightDecay()));
            }
            if (optimizer instanceof OptimizerModel.Sgd sgd) {
                check.decay("momentum", sgd.momentum(), "0.9");
                if (sgd.nesterov() && sgd.momentum() == 0) {
                    diagnostics.reportAt(Message.NESTEROV_WITHOUT_MOMENTUM, optimizer.origin(), "nesterov");
                }
            } else if (optimizer instanceof OptimizerModel.Adagrad adagrad) {
                check.epsilon(adagrad.epsilon(), "1e-7");
                if (!(adagrad.initialAccumulatorValue() >= 0) || Double.isInfinite(adagrad.initialAccumulatorValue())) {
                    diagnostics.reportAt(Message.ACCUMULATOR, optimizer.origin(), "initialAccumulatorValue",
                            show(adagrad.initialAccumulatorValue()));
                }
            } else if (optimizer instanceof OptimizerModel.Rmsprop rmsprop) {
                check.decay("rho", rmsprop.rho(), "0.9");
                check.decay("momentum", rmsprop.momentum(), "0.9");
                check.epsilon(rmsprop.epsilon(), "1e-7");
                if (rmsprop.centered() && rmsprop.rho() == 0) {
                    diagnostics.reportAt(Message.CENTERED_RHO, optimizer.origin(), "rho");
                }
            } else if (optimizer instanceof OptimizerModel.Adam adam) {
                check.decay("beta1", adam.beta1(), "0.9");
                check.decay("beta2", adam.beta2(), "0.999");
                check.epsilon(adam.epsilon(), "1e-7");
                if (adam.amsgrad() && adam.beta2() == 0) {
                    diagnostics.reportAt(Message.AMSGRAD_BETA2, optimizer.origin(), "beta2", adam.kind());
                }
            } else if (optimizer instanceof OptimizerModel.Adamax adamax) {
                check.decay("beta1", adamax.beta1(), "0.9");
                check.decay("beta2", adamax.beta2(), "0.999");
                check.epsilon(adamax.epsilon(), "1e-7");
            } else if (optimizer instanceof OptimizerModel.Nadam nadam) {
                check.decay("beta1", nadam.beta1(), "0.9");
                check.decay("beta2", nadam.beta2(), "0.999");
                check.epsilon(nadam.epsilon(), "1e-7");
            }
        }
    }

    /** The range checks of one optimizer annotation. */
    private record Checker(OptimizerModel optimizer, Diagnostics diagnostics) {
        void decay(String name, double value, String usual) {
            if (!Ranges.decay(value)) {
                diagnostics.reportAt(Message.DECAY_RANGE, optimizer.origin(), name, "@" + optimizer.kind(), name,
                        show(value), usual);
            }
        }

        void epsilon(double value, String usual) {
            if (!positive(value)) {
                diagnostics.reportAt(Message.EPSILON, optimizer.origin(), "epsilon", "@" + optimizer.kind(),
                        show(value), usual);
            }
        }

        void clip(ClipModel clip) {
            bound("clipValue", clip.clipValue());
            bound("clipNorm", clip.clipNorm());
            bound("globalClipNorm", clip.globalClipNorm());
        }

        private void bound(String name, double value) {
            if (!Ranges.clip(value)) {
                diagnostics.reportAt(Message.CLIP_VALUE, optimizer.origin(), name, optimizer.kind(), name, show(value));
            }
        }
    }
}
