package dev.unroll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What turns the rows of a CSV file into a network's inputs, fitted once on training data and
 * attached to the model ({@link Model#setPreprocessing}), so that {@code save} stores it, {@code
 * load} restores it, and {@code fit}, {@code evaluate}, {@code predict(DataSet)} and {@code
 * predictClasses(DataSet)} apply it to raw rows:
 *
 * <pre>{@code
 * Preprocessing prep = Preprocessing.labels("weather").skip("date").standardize().fit(trainCsv);
 * DataSet train = prep.read(trainCsv);           // raw features, class indexes
 * net.setPreprocessing(prep);
 * net.fit(train, Training.epochs(20));           // scaled inside fit
 * net.save(file);                                // the preprocessing goes into the file
 * // in another program:
 * net.load(file);
 * int[] classes = net.predictClasses(net.preprocessing().readUnlabeled(newRowsCsv));
 * String name = net.preprocessing().classes().get(classes[0]);
 * }</pre>
 *
 * It holds the input columns by name (in the order the network sees them), the label column and
 * its class names (for string labels, sorted, so the order does not depend on the rows; or none for
 * whole-number labels), or the target columns, and an optional {@link FeatureScaler}. It is
 * immutable.
 */
public final class Preprocessing {
    /** What the rows carry besides features. */
    public enum Kind { LABELS, TARGETS, NONE }

    private final List<String> columns;
    private final Kind kind;
    private final List<String> outputs;
    private final List<String> classes;
    private final FeatureScaler scaler;
    /** 0 none, 1 standardization, 2 min-max, 3 a scaler given as is ({@link #of}). */
    private final int scaling;

    Preprocessing(List<String> columns, Kind kind, List<String> outputs, List<String> classes, FeatureScaler scaler,
                  int scaling) {
        this.scaling = scaler == null ? 0 : scaling;
        this.columns = List.copyOf(columns);
        this.kind = kind;
        this.outputs = List.copyOf(outputs);
        this.classes = List.copyOf(classes);
        this.scaler = scaler;
        if (scaler != null && scaler.featureCount() != columns.size()) {
            throw new IllegalArgumentException("the scaler has " + scaler.featureCount() + " features, the columns are "
                    + columns.size());
        }
    }

    /** A recipe whose rows carry a class label in {@code column}: names ({@code sunny}) or whole numbers from 0. */
    public static Recipe labels(String column) {
        return new Recipe(Kind.LABELS, List.of(Objects.requireNonNull(column, "column")));
    }

    /** A recipe whose rows carry float targets in {@code columns}, in that order. */
    public static Recipe targets(String... columns) {
        Objects.requireNonNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("name at least one target column");
        }
        return new Recipe(Kind.TARGETS, List.of(columns));
    }

    /** A scaler alone, for data that does not come from CSV (features unnamed: {@code x1, x2, ...}). */
    public static Preprocessing of(FeatureScaler scaler) {
        Objects.requireNonNull(scaler, "scaler");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= scaler.featureCount(); i++) {
            names.add("x" + i);
        }
        return new Preprocessing(names, Kind.NONE, List.of(), List.of(), scaler, 3);
    }

    /** How to read and scale a CSV file; {@link #fit} turns it into a {@link Preprocessing}. */
    public static final class Recipe {
        private final Kind kind;
        private final List<String> outputs;
        private final Set<String> skipped = new LinkedHashSet<>();
        private List<String> chosen;
        private List<String> classes;
        private int scaling;

        private Recipe(Kind kind, List<String> outputs) {
            Set<String> seen = new HashSet<>();
            for (String c : outputs) {
                if (!seen.add(Objects.requireNonNull(c, "a column"))) {
                    throw new IllegalArgumentException("column \"" + c + "\" is named twice");
                }
            }
            this.kind = kind;
            this.outputs = outputs;
        }

        /** Columns that are not features (an id, a date); every other column but the labels or targets is one. */
        public Recipe skip(String... columns) {
            skipped.addAll(List.of(Objects.requireNonNull(columns, "columns")));
            return this;
        }

        /** Exactly these feature columns, in this order (instead of every column not skipped). */
        public Recipe columns(String... columns) {
            chosen = List.copyOf(Arrays.asList(Objects.requireNonNull(columns, "columns")));
            if (new HashSet<>(chosen).size() != chosen.size()) {
                throw new IllegalArgumentException("a feature column is named twice: " + chosen);
            }
            return this;
        }

        /** The class names in this order (class 0 first), instead of the sorted names found in the file. */
        public Recipe classes(String... names) {
            if (kind != Kind.LABELS) {
                throw new IllegalStateException("classes are for a label column, not targets");
            }
            classes = List.copyOf(Arrays.asList(Objects.requireNonNull(names, "names")));
            if (classes.isEmpty() || new HashSet<>(classes).size() != classes.size()) {
                throw new IllegalArgumentException("class names must be distinct and at least one: " + classes);
            }
            return this;
        }

        /** Scale every feature to mean 0 and standard deviation 1 ({@link FeatureScaler#standardization}). */
        public Recipe standardize() {
            scaling = 1;
            return this;
        }

        /** Scale every feature to [0, 1] over the training rows ({@link FeatureScaler#minMax}). */
        public Recipe minMax() {
            scaling = 2;
            return this;
        }

        /**
         * Reads {@code trainFile}: the feature columns, the class names (string labels: every distinct
         * name, sorted; whole numbers: none) and the scaler fitted on all its rows. To fit the scaler
         * on part of the file only, follow with {@link Preprocessing#refit}.
         */
        public Preprocessing fit(Path trainFile) throws IOException {
            Objects.requireNonNull(trainFile, "trainFile");
            Csv.Table table = Csv.Table.read(trainFile);
            for (String c : outputs) {
                table.column(c);
            }
            List<String> features = new ArrayList<>();
            if (chosen != null) {
                for (String c : chosen) {
                    table.column(c);
                    if (outputs.contains(c)) {
                        throw new IllegalArgumentException("column \"" + c + "\" is both a feature and "
                                + (kind == Kind.LABELS ? "the label" : "a target"));
                    }
                }
                features.addAll(chosen);
            } else {
                for (String c : skipped) {
                    table.column(c);
                }
                for (String c : table.header()) {
                    if (!outputs.contains(c) && !skipped.contains(c)) {
                        features.add(c);
                    }
                }
            }
            if (features.isEmpty()) {
                throw new FileFormatException(trainFile, "no feature columns left: the header has only "
                        + String.join(", ", table.header()));
            }
            List<String> names = List.of();
            if (kind == Kind.LABELS) {
                names = classes != null ? classes : classNames(table, table.column(outputs.get(0)));
            }
            Preprocessing unscaled = new Preprocessing(features, kind, outputs, names, null, 0);
            return scaling == 0 ? unscaled : unscaled.refitWith(unscaled.read(trainFile), scaling);
        }

        /** Every distinct label, sorted; none when all labels are whole numbers (then they are the classes). */
        private static List<String> classNames(Csv.Table table, int column) {
            TreeSet<String> names = new TreeSet<>();
            boolean numbers = true;
            for (String[] row : table.rows()) {
                names.add(row[column]);
                numbers &= Csv.isLabel(row[column]);
            }
            return numbers ? List.of() : List.copyOf(names);
        }
    }

    /**
     * The same columns and classes with the scaler fitted again, on {@code rawTrain} (rows read by
     * {@link #read}, before scaling): to fit on the training part of a file only.
     */
    public Preprocessing refit(DataSet rawTrain) {
        Objects.requireNonNull(rawTrain, "rawTrain");
        if (scaler == null) {
            return this;
        }
        if (scaling == 3) {
            throw new IllegalStateException("this preprocessing was made from a FeatureScaler; fit a new scaler instead");
        }
        return refitWith(rawTrain, scaling);
    }

    private Preprocessing refitWith(DataSet rawTrain, int scaling) {
        checkWidth(rawTrain);
        FeatureScaler fitted = scaling == 2 ? FeatureScaler.minMax(rawTrain) : FeatureScaler.standardization(rawTrain);
        return new Preprocessing(columns, kind, outputs, classes, fitted, scaling);
    }

    /** Reads {@code file}: this preprocessing's feature columns (found by name, in any order) and labels or targets, unscaled. */
    public DataSet read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (kind == Kind.NONE) {
            throw new IllegalStateException("this preprocessing has no label or target columns; use readUnlabeled");
        }
        Csv.Table table = Csv.Table.read(file);
        float[] x = features(table);
        int rows = table.rows().size();
        if (kind == Kind.LABELS) {
            int column = table.column(outputs.get(0));
            int[] labels = new int[rows];
            for (int r = 0; r < rows; r++) {
                labels[r] = classes.isEmpty() ? table.label(r, column) : classIndex(table, r, column);
            }
            return DataSet.withLabels(x, columns.size(), labels);
        }
        float[] targets = new float[rows * outputs.size()];
        for (int t = 0; t < outputs.size(); t++) {
            int column = table.column(outputs.get(t));
            for (int r = 0; r < rows; r++) {
                targets[r * outputs.size() + t] = table.number(r, column);
            }
        }
        return DataSet.withTargets(x, columns.size(), targets, outputs.size());
    }

    /** Reads the feature columns of {@code file} only (a label or target column may be there or not), unscaled. */
    public DataSet readUnlabeled(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Csv.Table table = Csv.Table.read(file);
        return DataSet.unlabeled(features(table), columns.size());
    }

    private float[] features(Csv.Table table) throws FileFormatException {
        int[] index = new int[columns.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = table.columnOrMinus(columns.get(c));
            if (index[c] < 0) {
                throw new FileFormatException(table.file(), "no column named \"" + columns.get(c) + "\", which the"
                        + " model takes as input (its inputs are " + String.join(", ", columns) + ")");
            }
        }
        int rows = table.rows().size();
        float[] x = new float[rows * index.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < index.length; c++) {
                x[r * index.length + c] = table.number(r, index[c]);
            }
        }
        return x;
    }

    private int classIndex(Csv.Table table, int row, int column) throws FileFormatException {
        String name = table.rows().get(row)[column];
        int index = classes.indexOf(name);
        if (index < 0) {
            throw new FileFormatException(table.file(), "line " + table.lines().get(row) + ", column \""
                    + table.header()[column] + "\": \"" + name + "\" is not one of the classes " + classes);
        }
        return index;
    }

    /** {@code data} scaled (a copy); unchanged without a scaler. Labels and targets are kept. */
    public DataSet transform(DataSet data) {
        Objects.requireNonNull(data, "data");
        checkWidth(data);
        return scaler == null ? data : scaler.apply(data);
    }

    private void checkWidth(DataSet data) {
        if (data.featureCount() != columns.size()) {
            throw new IllegalArgumentException("the data set has " + data.featureCount() + " features per row; this"
                    + " preprocessing takes " + columns.size() + " (" + String.join(", ", columns) + ")");
        }
    }

    /** The feature columns, in the order of the network's inputs. */
    public List<String> columns() {
        return columns;
    }

    /** Whether rows carry labels, targets or neither. */
    public Kind kind() {
        return kind;
    }

    /** The label column (one name) or the target columns; empty for {@link Kind#NONE}. */
    public List<String> outputColumns() {
        return outputs;
    }

    /** The class names of string labels, class 0 first; empty for whole-number labels and targets. */
    public List<String> classes() {
        return classes;
    }

    /** The name of class {@code index}, or the index itself as text when the labels were whole numbers. */
    public String className(int index) {
        return classes.isEmpty() ? Integer.toString(index) : classes.get(index);
    }

    /** 0 unscaled, 1 standardization, 2 min-max, 3 a given scaler: for the model file. */
    int scaling() {
        return scaling;
    }

    /** The scaler, or null when features are not scaled. */
    public FeatureScaler scaler() {
        return scaler;
    }

    /**
     * This preprocessing as bytes, the model file's preprocessing section (docs/model-file.md): a
     * version, the scaling kind, the columns, the label or target columns, the class names and the
     * scaler's offsets and scales as doubles.
     */
    public byte[] toBytes() {
        return PreprocessingBytes.encode(this);
    }

    /**
     * Reads what {@link #toBytes} wrote; anything else (truncated, a wrong count, a non-finite or
     * zero scale, duplicate names, bytes left over) is an {@link IllegalArgumentException} saying what is wrong.
     */
    public static Preprocessing fromBytes(byte[] bytes) {
        return PreprocessingBytes.decode(Objects.requireNonNull(bytes, "bytes"));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Preprocessing p && scaling == p.scaling && columns.equals(p.columns) && kind == p.kind
                && outputs.equals(p.outputs) && classes.equals(p.classes)
                && (scaler == null ? p.scaler == null : p.scaler != null
                && Arrays.equals(scaler.exactOffset(), p.scaler.exactOffset())
                && Arrays.equals(scaler.exactScale(), p.scaler.exactScale()));
    }

    @Override public int hashCode() {
        return Objects.hash(columns, kind, outputs, classes);
    }

    @Override public String toString() {
        return "Preprocessing[" + columns.size() + " features " + columns + (kind == Kind.LABELS ? ", label "
                + outputs.get(0) + (classes.isEmpty() ? "" : " " + classes) : kind == Kind.TARGETS ? ", targets "
                + outputs : "") + (scaler == null ? ", unscaled" : ", scaled") + "]";
    }
}
