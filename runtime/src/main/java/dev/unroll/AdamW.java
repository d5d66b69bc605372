package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * AdamW (Loshchilov and Hutter, 2019), Keras 3 form: the decoupled weight decay
 * {@code w −= w · weightDecay · lr}, then the {@link Adam} step.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AdamW {
    double learningRate() default 0.001;

    /** Keras 3's default; 0 makes this plain {@link Adam} (the processor warns). */
    double weightDecay() default 0.004;

    double beta1() default 0.9;

    double beta2() default 0.999;

    double epsilon() default 1e-7;

    boolean amsgrad() default false;

    /** See {@link SGD#clipNorm()}. */
    double clipNorm() default 0;

    /** See {@link SGD#clipValue()}. */
    double clipValue() default 0;

    /** See {@link SGD#globalClipNorm()}. */
    double globalClipNorm() default 0;
}
