package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Dropout (Srivastava et al., 2014), inverted as in Keras 3: in training each value is kept with
 * probability {@code 1 − rate} and scaled by {@code 1/(1 − rate)}, else set to 0; in inference
 * the layer is the identity (see {@link Model#predictMonteCarlo} to keep it active). The masks come
 * from the network's seed, the layer and the step, so runs are reproducible. In a SELU network use
 * {@link AlphaDropout}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Dropout {
    /** The fraction of values dropped in training, in [0, 1). */
    double rate();
}
