package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Randomized leaky ReLU (Xu et al., 2015). In training each element gets its own slope drawn
 * from {@code U(lower, upper)} by the model's seeded generator; in inference the slope is the
 * mean {@code (lower + upper) / 2}. Returns {@link Layer}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RReLU {
    double lower() default 0.125;

    double upper() default 1.0 / 3.0;
}
