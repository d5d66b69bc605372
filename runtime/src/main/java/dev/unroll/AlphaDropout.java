package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Alpha dropout (Klambauer et al., 2017), for self-normalizing (SELU) networks: a dropped value
 * becomes SELU's saturation value {@code α′ = −λα} and the layer then rescales {@code a (x mask +
 * α′(1 − mask)) + b}, {@code a = ((1 − r)(1 + r α′²))^−½}, {@code b = −a α′ r}, which keeps mean 0
 * and variance 1. Identity in inference. Masks as {@link Dropout}'s.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AlphaDropout {
    /** The fraction of values dropped in training, in [0, 1). */
    double rate();
}
