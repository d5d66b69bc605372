package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * RMSProp (Keras form): {@code s = ρ s + (1 - ρ) g²; w -= lr g / sqrt(s + ε)}. With momentum
 * {@code m}: {@code v = m v + lr g / sqrt(s + ε); w -= v}. Centered: {@code s - ḡ²} in place of
 * {@code s}, where {@code ḡ} is the moving average of the gradient.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RMSprop {
    double learningRate() default 0.001;

    double rho() default 0.9;

    double momentum() default 0.0;

    double epsilon() default 1e-7;

    boolean centered() default false;

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
