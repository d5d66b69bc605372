package dev.unroll.processor.validate;

import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.Origin;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/** The gates of the pipeline: the annotated element before parsing, then every validator on the model. */
public final class Validators {
    private static final List<Validator> ALL = List.of(
            new SizeValidator(),
            new ReturnTypeValidator(),
            new OptimizerCountValidator(),
            new ClipValidator(),
            new LossOutputValidator(),
            new LayerCountValidator());

    private Validators() {}

    /** Whether the element can be parsed as a network at all; reports why not. */
    public static boolean checkDeclaration(Element element, Diagnostics diagnostics) {
        if (element.getKind() != ElementKind.INTERFACE) {
            diagnostics.report(Message.NOT_AN_INTERFACE, Origin.of(element), element.getSimpleName(),
                    "a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            return false;
        }
        return true;
    }

    public static void validate(NetworkModel network, Diagnostics diagnostics) {
        for (Validator validator : ALL) {
            validator.validate(network, diagnostics);
        }
    }
}
