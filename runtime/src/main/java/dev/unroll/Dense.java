package dev.unroll;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fully connected layer: {@code a = activation(x · kernel + bias)}. The kernel is
 * {@code [inputs][units]}, row-major, as in Keras. The method returns {@link DenseLayer}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Dense {
    /** Number of units, the layer's output size. */
    int units();

    /** Activation applied to the affine output; {@link Activation#LINEAR} for none. */
    Activation activation() default Activation.LINEAR;

    /** Initial kernel values; pair the initializer with the activation (He for ReLU, ...). */
    Initializer kernelInitializer() default Initializer.GLOROT_UNIFORM;

    /** Initial bias values. */
    Initializer biasInitializer() default Initializer.ZEROS;

    /** Whether the layer has a trainable bias. */
    boolean useBias() default true;
}
