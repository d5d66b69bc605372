package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * One trainable array of the generated class: its field, its gradient's field, its name in the
 * flat order ({@code hidden1/kernel}), and its shape ({@code rows × cols} stored at {@code stride}).
 */
record ParameterRef(String value, String gradient, String flatName, int rows, int cols, int stride) {
    /** Length of the stored array, padding included; the optimizer runs over all of it. */
    int length() {
        return rows * stride;
    }

    /** {@code new Tensor(...)} or {@code Tensor.vector(...)} for the cold paths. */
    CodeBlock tensor() {
        if (rows == 1) {
            return Calls.of(RuntimeTypes.TENSOR, "vector", CodeBlock.of("$S", flatName), value, gradient, cols);
        }
        return CodeBlock.of("new $T($S,$W$N,$W$N,$W$L,$W$L,$W$L)", RuntimeTypes.TENSOR, flatName, value, gradient, rows,
                cols, stride);
    }
}
