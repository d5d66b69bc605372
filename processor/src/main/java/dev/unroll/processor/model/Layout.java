package dev.unroll.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How the generated class stores a network's arrays: every row padded to a multiple of 16 floats
 * (one cache line), and which buffer each layer reads. The size check and the emitters both ask
 * this class, so the arrays that are checked are the arrays that are allocated. Sizes are
 * {@code long} so the check can see a size that would overflow an {@code int}.
 */
public final class Layout {
    /** Floats per cache line: the row padding. */
    public static final int LINE = 16;

    private Layout() {}

    /** The padded row length {@code n} values are stored in. */
    public static long stride(long n) {
        return (n + LINE - 1) / LINE * LINE;
    }

    /**
     * Where one layer sits: its index, input and output widths, and the strides of the rows it reads
     * and writes. The first layer reads the user's {@code x} unpadded when it can
     * ({@link LayerModel#readsUserInput()}), otherwise a padded copy.
     */
    public record Shape(int index, long in, long out, long inStride, long stride) {
        /** A matrix with one row per input and a padded row of outputs: a Dense kernel. */
        public long kernel() {
            return in * stride;
        }

        /** A matrix with one row per output and a padded row of inputs: a transposed kernel. */
        public long kernelTransposed() {
            return out * inStride;
        }

        /** One padded output row per example of a batch. */
        public long batchRows(long batchSize) {
            return batchSize * stride;
        }
    }

    /** The shapes of a network's layers, in order. */
    public static List<Shape> shapes(NetworkModel network) {
        List<Shape> shapes = new ArrayList<>();
        long width = network.inputs();
        long inStride = copiesInput(network) ? stride(width) : width;
        for (int i = 0; i < network.layers().size(); i++) {
            long out = network.layers().get(i).outputSize((int) width);
            shapes.add(new Shape(i, width, out, inStride, stride(out)));
            width = out;
            inStride = stride(out);
        }
        return shapes;
    }

    /** Whether the generated class copies the input into a padded buffer before the first layer. */
    public static boolean copiesInput(NetworkModel network) {
        return !network.layers().isEmpty() && !network.layers().get(0).readsUserInput();
    }
}
