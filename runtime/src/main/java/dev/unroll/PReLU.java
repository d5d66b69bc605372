package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Parametric ReLU (He et al., 2015): {@code z > 0 ? z : a z} with trainable slopes {@code a}.
 * Returns {@link PReLULayer}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PReLU {
    /** Initial slope. */
    double alpha() default 0.25;

    /** {@code false}: one slope per unit; {@code true}: one slope for the whole layer. */
    boolean shared() default false;
}
