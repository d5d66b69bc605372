package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.model.NetworkModel;
import java.util.List;
import javax.lang.model.util.Elements;

/** Every check of a parsed network, errors first, then the advice of the literature. */
public final class Validators {
    private final List<Validator> all;

    /** {@code elements}: how the checks that compare with the runtime's types see them. */
    public Validators(Elements elements) {
        all = List.of(
                new LayerCountValidator(),
                new SizeValidator(),
                new ConstructorSizeValidator(),
                new MethodValidator(),
                new ReservedNameValidator(elements),
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
    }

    public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (Validator validator : all) {
            validator.validate(network, diagnostics);
        }
    }
}
