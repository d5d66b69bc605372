package dev.unroll.runtime;

/** Flat, unpadded copies of several tensors in order: the parameters, or parameters and statistics together. */
final class Tensors {
    private Tensors() {}

    static int size(Tensor[]... groups) {
        int size = 0;
        for (Tensor[] group : groups) {
            for (Tensor t : group) {
                size += t.size();
            }
        }
        return size;
    }

    /** Copies the tensors' values, one after the other, into {@code dst} from offset 0; returns the end offset. */
    static int copyValues(Tensor[] tensors, float[] dst) {
        return copyValues(tensors, dst, 0);
    }

    static int copyValues(Tensor[] tensors, float[] dst, int offset) {
        for (Tensor t : tensors) {
            t.copyValuesTo(dst, offset);
            offset += t.size();
        }
        return offset;
    }

    /** The reverse of {@link #copyValues}; values are not checked here. */
    static int setValues(Tensor[] tensors, float[] src) {
        return setValues(tensors, src, 0);
    }

    static int setValues(Tensor[] tensors, float[] src, int offset) {
        for (Tensor t : tensors) {
            t.setValues(src, offset);
            offset += t.size();
        }
        return offset;
    }
}
