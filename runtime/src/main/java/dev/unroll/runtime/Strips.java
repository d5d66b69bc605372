package dev.unroll.runtime;

import java.util.Arrays;

/**
 * The strip buffers of the matrix products ({@link dev.unroll.kernels.MatMul#stripSize}), one per
 * part of a split, so parts running at once never share one, and one that all parts read (the
 * weight gradient's packed operand, {@link dev.unroll.kernels.MatMul#packedSize}). Each grows on its first use to the
 * largest size asked for (the first layer's, in practice) and is reused from then on: nothing is
 * allocated once every layer has run once.
 */
final class Strips {
    private float[][] buffers = new float[1][];
    private float[] shared = new float[0];

    /** Keeps a buffer for each of {@code parts} parts. */
    void parts(int parts) {
        if (parts > buffers.length) {
            buffers = Arrays.copyOf(buffers, parts);
        }
    }

    /** The buffer all parts read, written before a split: at least {@code size} floats. */
    float[] shared(int size) {
        if (shared.length < size) {
            shared = new float[size];
        }
        return shared;
    }

    /** The buffer of {@code part}, at least {@code size} floats. */
    float[] get(int part, int size) {
        float[] buffer = buffers[part];
        if (buffer == null || buffer.length < size) {
            buffer = new float[size];
            buffers[part] = buffer;
        }
        return buffer;
    }
}
