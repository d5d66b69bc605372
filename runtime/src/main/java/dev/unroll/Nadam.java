package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nadam (Dozat, 2016), Keras 3 form, which differs from PyTorch's {@code NAdam}: with the momentum
 * schedule {@code μ_t = β1 (1 − ½·0.96^t)} and {@code Π_t = μ_1 ⋯ μ_t}, {@code m += (g − m)(1 − β1);
 * v += (g² − v)(1 − β2); m̂ = μ_{t+1} m / (1 − Π_t μ_{t+1}) + (1 − μ_t) g / (1 − Π_t);
 * v̂ = v / (1 − β2^t); w −= lr m̂ / (sqrt(v̂) + ε)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Nadam {
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
