package dev.unroll.onnx;

/**
 * One step of a feed-forward ONNX graph, in the terms of Unroll's layers. The importer turns the
 * graph's chain of nodes into a list of steps; the interface writer and the weight loader both
 * read that list, so what the source declares and what {@code load} expects cannot drift apart.
 */
sealed interface Step {
    /** Where the step came from, for messages: {@code node '/0/Gemm' (Gemm)}. */
    String origin();

    /** The name the graph gives the step (before it becomes a Java identifier). */
    String graphName();

    /** {@code Gemm} or {@code MatMul} (+ {@code Add}): {@code kernel} is {@code [in][out]} row-major; {@code bias} null when absent. */
    record Linear(String origin, String graphName, int in, int out, float[] kernel, float[] bias) implements Step {}

    /** {@code BatchNormalization} in inference form; {@code momentum} in the Keras (and ONNX) convention. */
    record Norm(String origin, String graphName, int size, float[] gamma, float[] beta, float[] mean, float[] variance,
                float epsilon, float momentum) implements Step {}

    /** {@code PRelu}: one slope, or one per unit. */
    record Prelu(String origin, String graphName, float[] slopes) implements Step {}

    /** An activation without parameters; {@code alpha} for {@link Function#LEAKY_RELU} and {@link Function#ELU}. */
    record Act(String origin, String graphName, Function function, float alpha) implements Step {}

    enum Function { RELU, LEAKY_RELU, ELU, SELU, SIGMOID, TANH, SOFTMAX }
}
