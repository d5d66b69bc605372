package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exponential linear unit, {@code z > 0 ? z : alpha (e^z - 1)} (Clevert et al., 2015). Returns {@link Layer}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ELU {
    double alpha() default 1.0;
}
