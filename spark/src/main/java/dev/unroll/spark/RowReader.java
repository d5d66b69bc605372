package dev.unroll.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Copies a row's features (and label or targets) into flat arrays, with an error that names the
 * column and the row for a null, a wrong length or a label out of range. Field positions are
 * resolved once against the schema of the rows it will read.
 */
final class RowReader implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> features;
    private final boolean featureArray;
    private final int inputSize;
    private final String label;
    private final List<String> targets;
    private final boolean targetArray;
    private final int outputSize;
    private int[] featureFields;
    private int labelField = -1;
    private int[] targetFields;

    RowReader(List<String> features, boolean featureArray, int inputSize, String label,
              List<String> targets, boolean targetArray, int outputSize) {
        this.features = features;
        this.featureArray = featureArray;
        this.inputSize = inputSize;
        this.label = label;
        this.targets = targets;
        this.targetArray = targetArray;
        this.outputSize = outputSize;
    }

    /** Resolves the field positions in rows of this schema; returns this. */
    RowReader at(org.apache.spark.sql.types.StructType schema) {
        featureFields = features.stream().mapToInt(schema::fieldIndex).toArray();
        labelField = label == null ? -1 : schema.fieldIndex(label);
        targetFields = targets.stream().mapToInt(schema::fieldIndex).toArray();
        return this;
    }

    /** Writes {@code inputSize} features of {@code row} to {@code x} at {@code offset}. */
    void features(Row row, Where where, float[] x, int offset) {
        read(row, where, featureFields, features, featureArray, inputSize, "inputs", x, offset);
    }

    /** Writes {@code outputSize} targets of {@code row} to {@code y} at {@code offset}. */
    void targets(Row row, Where where, float[] y, int offset) {
        read(row, where, targetFields, targets, targetArray, outputSize, "outputs", y, offset);
    }

    int label(Row row, Where where) {
        Object v = row.get(labelField);
        if (v == null) {
            throw new BadRowException("label column " + label + " is null in " + where);
        }
        double d = ((Number) v).doubleValue();
        if (d != Math.rint(d) || d < 0 || d >= outputSize) {
            throw new BadRowException("label column " + label + " holds " + v + " in " + where + "; labels are class"
                    + " numbers 0.." + (outputSize - 1));
        }
        return (int) d;
    }

    private static void read(Row row, Where where, int[] fields, List<String> names, boolean array, int size,
                             String what, float[] dst, int offset) {
        if (array) {
            String name = names.get(0);
            Object v = row.get(fields[0]);
            if (v == null) {
                throw new BadRowException("column " + name + " is null in " + where);
            }
            scala.collection.Seq<?> seq = (scala.collection.Seq<?>) v;
            if (seq.length() != size) {
                throw new BadRowException("column " + name + " holds " + seq.length() + " values in " + where
                        + "; the network has " + size + " " + what);
            }
            for (int i = 0; i < size; i++) {
                Object e = seq.apply(i);
                if (e == null) {
                    throw new BadRowException("column " + name + " has a null at index " + i + " in " + where);
                }
                dst[offset + i] = ((Number) e).floatValue();
            }
        } else {
            for (int i = 0; i < size; i++) {
                Object e = row.get(fields[i]);
                if (e == null) {
                    throw new BadRowException("column " + names.get(i) + " is null in " + where);
                }
                dst[offset + i] = ((Number) e).floatValue();
            }
        }
    }

    /**
     * The row being read, for error messages only: its position in the whole DataFrame when known,
     * else in its partition. Mutable, so reading allocates nothing per row.
     */
    static final class Where {
        int partition;
        long row;
        boolean global;

        @Override public String toString() {
            return global ? "row " + row : "row " + row + " of partition " + partition;
        }
    }

    /** A row the network cannot take; the message names the column and the row. */
    static final class BadRowException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadRowException(String message) {
            super(message);
        }
    }
}
