package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adamax (Kingma and Ba, 2014, section 7.1), Keras 3 form: {@code m += (g − m)(1 − β1);
 * u = max(β2 u, |g|); w −= lr m / ((1 − β1^t)(u + ε))}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Adamax {
    double learningRate() default 0.001;

    double beta1() default 0.9;

    double beta2() default 0.999;

    double epsilon() default 1e-7;

    /** See {@link SGD#clipNorm()}. */
    double clipNorm() default 0;

    /** See {@link SGD#clipValue()}. */
    double clipValue() default 0;

    /** See {@link SGD#globalClipNorm()}. */
    double globalClipNorm() default 0;

    /** See {@link SGD#weightDecay()}. */
    double weightDecay() default 0;
}
