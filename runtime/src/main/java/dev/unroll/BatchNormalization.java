package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Batch normalization (Ioffe and Szegedy, 2015), Keras defaults. Training normalizes with the
 * batch mean and biased variance, {@code y = gamma (z - mean) / sqrt(var + epsilon) + beta}, and
 * moves the moving statistics once per step; inference uses the moving statistics. It may sit
 * before or after an activation. The method returns {@link BatchNormLayer}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BatchNormalization {
    /** {@code moving = moving * momentum + batch * (1 - momentum)}. */
    double momentum() default 0.99;

    /** Added to the variance before the square root. */
    double epsilon() default 0.001;

    /** Whether the layer has a trainable offset {@code beta}. */
    boolean center() default true;

    /** Whether the layer has a trainable scale {@code gamma}. */
    boolean scale() default true;
}
