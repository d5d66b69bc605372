package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** AdaGrad (Keras form): {@code s += g²; w -= lr g / sqrt(s + ε)}, {@code s} starting at {@code initialAccumulatorValue}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Adagrad {
    double learningRate() default 0.001;

    double initialAccumulatorValue() default 0.1;

    double epsilon() default 1e-7;

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
