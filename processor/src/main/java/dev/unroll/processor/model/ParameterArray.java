package dev.unroll.processor.model;

/**
 * One trainable array of a layer as the generated class stores it: {@code rows × cols} values,
 * each row padded to {@code stride}. {@code name} is its name in the flat parameter list after the
 * layer's ({@code kernel} in {@code hidden1/kernel}).
 */
public record ParameterArray(String name, long rows, long cols, long stride) {
    /** The stored length, padding included. */
    public long length() {
        return rows * stride;
    }
}
