package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.model.NetworkModel;

/** One concern of a declaration's correctness. Validators only report; they never change the model. */
public interface Validator {
    void validate(NetworkModel network, Diagnostics diagnostics);
}
