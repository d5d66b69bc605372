package dev.unroll.processor.validate;

import dev.unroll.processor.model.NetworkModel;
import java.util.List;

/** Every check of a parsed network, errors first, then the seed's advice. */
public final class Validators {
    private static final List<Validator> ALL = List.of(
            new LayerCountValidator(),
            new SizeValidator(),
            new MethodValidator(),
            new ReservedNameValidator(),
            new OptimizerCountValidator(),
            new OptimizerSettingsValidator(),
            new ClipValidator(),
            new LayerSettingsValidator(),
            new PReLUInputValidator(),
            new SoftmaxPositionValidator(),
            new LossOutputValidator(),
            new InitializationAdvisor(),
            new SelfNormalizationAdvisor(),
            new VanishingGradientsAdvisor(),
            new OptimizerAdvisor(),
            new RedundantLayersAdvisor());

    private Validators() {}

    public static void validate(NetworkModel network, Diagnostics diagnostics) {
        for (Validator validator : ALL) {
            validator.validate(network, diagnostics);
        }
    }
}
