package dev.unroll;

/**
 * Activations for {@link Dense#activation()} and {@link ActivationLayer}. Other slopes live in
 * their own layers: {@link LeakyReLU}, {@link ELU}, {@link PReLU}, {@link RReLU}.
 */
public enum Activation {
    /** {@code z}. */
    LINEAR,
    /** {@code 1 / (1 + e^-z)}. */
    SIGMOID,
    /** {@code tanh z}. */
    TANH,
    /** {@code max(z, 0)}. */
    RELU,
    /** {@code z > 0 ? z : e^z - 1} (alpha 1). */
    ELU,
    /** {@code λ (z > 0 ? z : α (e^z - 1))}, α ≈ 1.6733, λ ≈ 1.0507 (Klambauer et al., 2017). */
    SELU,
    /** {@code e^{z_i - max z} / Σ_j e^{z_j - max z}} over the units of one example. */
    SOFTMAX
}
