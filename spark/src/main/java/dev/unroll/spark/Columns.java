package dev.unroll.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where a network's inputs (and, for training, its labels or targets) are in a DataFrame: one
 * array column of numbers, or several numeric columns in order. Immutable.
 */
public final class Columns implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> features;
    private final boolean featureArray;
    private final String label;
    private final List<String> targets;
    private final boolean targetArray;

    private Columns(List<String> features, boolean featureArray, String label, List<String> targets,
                    boolean targetArray) {
        this.features = List.copyOf(features);
        this.featureArray = featureArray;
        this.label = label;
        this.targets = List.copyOf(targets);
        this.targetArray = targetArray;
    }

    /** Features from one column of type {@code array<number>}, each row {@code inputSize()} long. */
    public static Columns featureArray(String column) {
        return new Columns(List.of(column), true, null, List.of(), false);
    }

    /** Features from numeric columns, one per input, in this order. */
    public static Columns featureColumns(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("name at least one feature column");
        }
        return new Columns(Arrays.asList(columns), false, null, List.of(), false);
    }

    /** An integer class label column (for sparse categorical cross-entropy). */
    public Columns label(String column) {
        return new Columns(features, featureArray, column, List.of(), false);
    }

    /** Targets from one {@code array<number>} column, {@code outputSize()} per row (the other losses). */
    public Columns targetArray(String column) {
        return new Columns(features, featureArray, null, List.of(column), true);
    }

    /** Targets from numeric columns, one per output. */
    public Columns targetColumns(String... columns) {
        return new Columns(features, featureArray, null, Arrays.asList(columns), false);
    }

    boolean hasLabel() {
        return label != null;
    }

    boolean hasTargets() {
        return !targets.isEmpty();
    }

    /** The columns to select, features first, then the label or targets. */
    List<String> selected() {
        List<String> all = new ArrayList<>(features);
        if (label != null) {
            all.add(label);
        }
        all.addAll(targets);
        return all;
    }

    /** A reader of selected rows (features at 0..). */
    RowReader reader(int inputSize, int outputSize) {
        return new RowReader(features, featureArray, inputSize, label, targets, targetArray, outputSize);
    }

    /**
     * Checks on the driver that every column exists with a usable type and, for named columns, that
     * there are as many as the network has inputs.
     */
    void check(StructType schema, int inputSize, int outputSize, boolean training) {
        checkGroup(schema, features, featureArray, inputSize, "feature");
        if (training && label == null && targets.isEmpty()) {
            throw new IllegalArgumentException("training needs a label column (.label(\"...\")) or target columns");
        }
        if (label != null) {
            DataType type = field(schema, label).dataType();
            if (!(type instanceof NumericType)) {
                throw new IllegalArgumentException("label column " + label + " has type " + type.simpleString()
                        + "; it must hold integer class numbers");
            }
        }
        if (!targets.isEmpty()) {
            checkGroup(schema, targets, targetArray, outputSize, "target");
        }
    }

    private static void checkGroup(StructType schema, List<String> names, boolean array, int size, String what) {
        if (!array && names.size() != size) {
            throw new IllegalArgumentException(names.size() + " " + what + " columns " + names + " for a network"
                    + " with " + size + (what.equals("feature") ? " inputs" : " outputs"));
        }
        for (String name : names) {
            DataType type = field(schema, name).dataType();
            boolean ok = array ? type instanceof ArrayType a && a.elementType() instanceof NumericType
                    : type instanceof NumericType;
            if (!ok) {
                throw new IllegalArgumentException(what + " column " + name + " has type " + type.simpleString()
                        + "; it must be " + (array ? "an array of numbers" : "numeric"));
            }
        }
    }

    private static StructField field(StructType schema, String name) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in the DataFrame; it has "
                + Arrays.toString(schema.fieldNames()));
    }

    @Override public String toString() {
        return "Columns[features=" + features + (featureArray ? " (array)" : "") + ", label=" + label + ", targets="
                + targets + "]";
    }
}
