package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a network: the annotated interface's abstract methods are its layers, in declaration
 * order. The processor generates {@code Unrolled<Name>} beside it, a final class that implements
 * the interface and {@link Model}. Exactly one optimizer annotation ({@link SGD}, {@link Adagrad},
 * {@link RMSprop}, {@link Adam}) goes on the same interface.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Network {
    /** Number of input features of one example. */
    int inputs();

    /** The loss the network is trained on. */
    Loss loss();

    /** The most examples one training step takes; buffers are sized for it. */
    int batchSize() default 32;

    /** Seed of every random draw: initial weights, RReLU slopes, shuffling in {@code fit}. */
    long seed() default 42;
}
