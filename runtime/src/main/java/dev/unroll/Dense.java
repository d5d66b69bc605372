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

    /** L1 penalty on the kernel (Keras {@code L1L2}): the loss gains {@code l1 Σ|W|}; 0 = off. */
    double l1() default 0;

    /** L2 penalty on the kernel (Keras {@code L1L2}): the loss gains {@code l2 ΣW²}; 0 = off. */
    double l2() default 0;

    /**
     * Max-norm constraint (Keras {@code MaxNorm(maxNorm, axis=0)}): after each update every unit's
     * incoming weight vector is scaled back to norm at most {@code maxNorm}; 0 = off.
     */
    double maxNorm() default 0;
}
