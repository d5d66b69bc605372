package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gradient descent: {@code w -= lr g}. With {@code momentum = β}: {@code v = β v - lr g; w += v}
 * (momentum optimization); with {@code nesterov = true} as well: {@code w += β v - lr g}
 * (Nesterov accelerated gradient, the Keras form).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SGD {
    double learningRate() default 0.01;

    double momentum() default 0.0;

    boolean nesterov() default false;

    /** Rescales each parameter tensor's gradient to this L2 norm when larger; 0 = off. */
    double clipNorm() default 0;

    /** Clips each gradient element to {@code [-clipValue, clipValue]}; 0 = off. */
    double clipValue() default 0;

    /** Rescales all gradients together to this global L2 norm when larger; 0 = off. */
    double globalClipNorm() default 0;

    /**
     * Decoupled weight decay, as Keras 3 applies it: before each update step, every trainable value
     * {@code w -= w · weightDecay · lr}. 0 = off.
     */
    double weightDecay() default 0;
}
