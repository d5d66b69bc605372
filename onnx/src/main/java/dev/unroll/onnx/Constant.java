package dev.unroll.onnx;

import dev.unroll.onnx.proto.OnnxProto.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A constant tensor of the graph (an initializer, a {@code Constant} node's value), as float32. */
record Constant(String name, long[] dims, float[] values) {

    /** Decodes float32 and float64 tensors from their typed fields or little-endian {@code raw_data}. */
    static Constant of(TensorProto t, String name) {
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new IllegalArgumentException("tensor '" + name
                    + "' is stored in an external file; save the model with its weights inside");
        }
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        long count = 1;
        for (long d : dims) {
            count *= d;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("tensor '" + name + "' is too big");
        }
        int n = (int) count;
        float[] values = new float[n];
        int type = t.getDataType();
        if (type == TensorProto.DataType.FLOAT_VALUE) {
            if (!t.getRawData().isEmpty()) {
                checkLength(name, t.getRawData().size(), n * 4L);
                t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            } else {
                checkLength(name, t.getFloatDataCount() * 4L, n * 4L);
                for (int i = 0; i < n; i++) {
                    values[i] = t.getFloatData(i);
                }
            }
        } else if (type == TensorProto.DataType.DOUBLE_VALUE) {
            if (!t.getRawData().isEmpty()) {
                checkLength(name, t.getRawData().size(), n * 8L);
                ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) {
                    values[i] = (float) raw.getDouble();
                }
            } else {
                checkLength(name, t.getDoubleDataCount() * 8L, n * 8L);
                for (int i = 0; i < n; i++) {
                    values[i] = (float) t.getDoubleData(i);
                }
            }
        } else {
            return new Constant(name, dims, null);
        }
        return new Constant(name, dims, values);
    }

    private static void checkLength(String name, long have, long want) {
        if (have != want) {
            throw new IllegalArgumentException("tensor '" + name + "' holds " + have + " bytes of data where its shape needs "
                    + want + " (a truncated or corrupted file?)");
        }
    }

    /** False for tensors of other element types (integers, booleans): they are only allowed where ignored. */
    boolean isFloat() {
        return values != null;
    }

    int size() {
        return values == null ? 0 : values.length;
    }

    String shape() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < dims.length; i++) {
            out.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return out.append(']').toString();
    }
}
