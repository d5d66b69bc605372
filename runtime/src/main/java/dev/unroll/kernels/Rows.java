package dev.unroll.kernels;

/** Row copies between the caller's unpadded arrays and the generated code's padded buffers. */
public final class Rows {
    private Rows() {}

    /** Copies {@code count} rows of {@code width} values from {@code src} (starting at {@code offset}) to rows of {@code dst} at distance {@code ld}. */
    public static void copy(float[] src, int offset, int width, float[] dst, int ld, int count) {
        for (int i = 0; i < count; i++) {
            System.arraycopy(src, offset + i * width, dst, i * ld, width);
        }
    }
}
