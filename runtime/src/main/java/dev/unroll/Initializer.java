package dev.unroll;

/**
 * Weight initializers. "Normal" draws are plain, untruncated normals with the variance below
 * (as in the Glorot, He and LeCun papers and PyTorch; Keras truncates at two standard
 * deviations). {@code fan_avg = (fan_in + fan_out) / 2}.
 */
public enum Initializer {
    /** U(-r, r), r = sqrt(3 / fan_avg): for none, tanh, logistic, softmax. */
    GLOROT_UNIFORM,
    /** N(0, 1 / fan_avg). */
    GLOROT_NORMAL,
    /** U(-r, r), r = sqrt(6 / fan_in): for ReLU and its variants. */
    HE_UNIFORM,
    /** N(0, 2 / fan_in). */
    HE_NORMAL,
    /** U(-r, r), r = sqrt(3 / fan_in): for SELU. */
    LECUN_UNIFORM,
    /** N(0, 1 / fan_in). */
    LECUN_NORMAL,
    /** All 0. */
    ZEROS,
    /** All 1. */
    ONES
}
