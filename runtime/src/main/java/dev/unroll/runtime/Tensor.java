package dev.unroll.runtime;

import java.util.Arrays;

/**
 * One named array of a generated network (a kernel, a bias, a moving mean...) as the cold paths
 * see it: {@code rows × cols} values stored at row distance {@code stride} (the generated code pads
 * rows for the kernels), with the gradient beside it when it is trainable. Copies in and out are
 * always unpadded and row-major.
 */
public final class Tensor {
    private final String name;
    private final float[] value;
    private final float[] gradient;
    private final int rows;
    private final int cols;
    private final int stride;

    public Tensor(String name, float[] value, float[] gradient, int rows, int cols, int stride) {
        this.name = name;
        this.value = value;
        this.gradient = gradient;
        this.rows = rows;
        this.cols = cols;
        this.stride = stride;
    }

    /** A vector of {@code n} values stored in an array of at least {@code n}. */
    public static Tensor vector(String name, float[] value, float[] gradient, int n) {
        return new Tensor(name, value, gradient, 1, n, n);
    }

    public String name() {
        return name;
    }

    /** Number of values, without padding. */
    public int size() {
        return rows * cols;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing array as stored (padded). */
    public float[] storage() {
        return value;
    }

    public float[] values() {
        float[] out = new float[size()];
        copyTo(value, out, 0);
        return out;
    }

    public float[] gradient() {
        float[] out = new float[size()];
        if (gradient != null) {
            copyTo(gradient, out, 0);
        }
        return out;
    }

    public void copyValuesTo(float[] dst, int offset) {
        copyTo(value, dst, offset);
    }

    public void copyGradientTo(float[] dst, int offset) {
        if (gradient == null) {
            Arrays.fill(dst, offset, offset + size(), 0f);
        } else {
            copyTo(gradient, dst, offset);
        }
    }

    /** Copies {@code size()} values from {@code src} at {@code offset}; check them first with {@link #checkFinite}. */
    public void setValues(float[] src, int offset) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(src, offset + i * cols, value, i * stride, cols);
        }
    }

    /** Throws if one of the {@code size()} values at {@code offset} is NaN or infinite. */
    public void checkFinite(float[] src, int offset) {
        for (int i = 0; i < size(); i++) {
            if (!Float.isFinite(src[offset + i])) {
                throw new IllegalArgumentException(name + ": value " + i + " is " + src[offset + i]
                        + "; parameters must be finite");
            }
        }
    }

    /** Whether every value is finite (padding is not looked at). Vectorized; allocates nothing. */
    public boolean isFinite() {
        return Finite.rows(value, rows, cols, stride);
    }

    /** Throws unless {@code src} holds exactly {@code size()} values. */
    public void checkLength(float[] src) {
        if (src == null || src.length != size()) {
            throw new IllegalArgumentException(name + " takes " + size() + " values ("
                    + (rows == 1 ? cols : rows + " × " + cols) + "), got "
                    + (src == null ? "null" : src.length));
        }
    }

    /** Checks and sets a whole tensor: the setters of the layer views. */
    public void set(float[] src) {
        checkLength(src);
        checkFinite(src, 0);
        setValues(src, 0);
    }

    private void copyTo(float[] from, float[] dst, int offset) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(from, i * stride, dst, offset + i * cols, cols);
        }
    }
}
