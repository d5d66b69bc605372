package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adam (Kingma and Ba, 2014), Keras form: {@code m += (g - m)(1 - β1); v += (g² - v)(1 - β2);
 * α_t = lr sqrt(1 - β2^t) / (1 - β1^t); w -= α_t m / (sqrt(v) + ε)}. AMSGrad keeps
 * {@code v̂ = max(v̂, v)} and divides by {@code sqrt(v̂)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Adam {
    double learningRate() default 0.001;

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

    /**
     * Decoupled weight decay, as Keras 3 applies it: before each update step, every trainable value
     * {@code w -= w · weightDecay · lr}. 0 = off.
     */
    double weightDecay() default 0;
}
