package dev.unroll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads comma-separated files with a header line: one or more chosen columns are the labels or
 * targets, every other column a numeric feature. Fields may be quoted; empty lines are skipped; a
 * UTF-8 byte order mark before the header is ignored. Header names must be distinct. A number is
 * plain decimal: an optional sign, digits with an optional point, an optional exponent
 * ({@code -1.5}, {@code .5}, {@code 2e-3}); {@code NaN}, {@code Infinity}, hexadecimal and Java
 * suffixes ({@code 1d}, {@code 2f}) are not numbers, and a value outside float's range is refused.
 * A label is digits only. Every problem with the file is a {@link FileFormatException} naming the
 * file (and the line and the column where there is one); a wrong argument (a column named twice)
 * is an {@link IllegalArgumentException}.
 */
public final class Csv {
    /** What a number cell may look like: sign, digits, point, exponent; nothing else. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    /** A class label: ASCII digits only (Integer.parseInt also takes a sign and other scripts' digits). */
    private static final Pattern LABEL = Pattern.compile("[0-9]+");

    private Csv() {}

    /** Integer class labels (0, 1, 2, ...) from {@code labelColumn}; the other columns are the features. */
    public static DataSet readLabeled(Path file, String labelColumn) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Table table = Table.read(file);
        int label = table.column(labelColumn);
        table.checkFeatures(1);
        int[] labels = new int[table.rows.size()];
        float[] features = new float[table.rows.size() * (table.header.length - 1)];
        for (int r = 0; r < table.rows.size(); r++) {
            labels[r] = table.label(r, label);
            int at = r * (table.header.length - 1);
            for (int c = 0; c < table.header.length; c++) {
                if (c != label) {
                    features[at++] = table.number(r, c);
                }
            }
        }
        return DataSet.withLabels(features, table.header.length - 1, labels);
    }

    /** Float targets from {@code targetColumns}, in that order; the other columns are the features. */
    public static DataSet readTargets(Path file, String... targetColumns) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(targetColumns, "targetColumns");
        if (targetColumns.length == 0) {
            throw new IllegalArgumentException("name at least one target column");
        }
        Set<String> named = new HashSet<>();
        for (String column : targetColumns) {
            Objects.requireNonNull(column, "a target column");
            if (!named.add(column)) {
                throw new IllegalArgumentException("target column \"" + column + "\" is named twice");
            }
        }
        Table table = Table.read(file);
        int[] targetIndex = new int[targetColumns.length];
        boolean[] isTarget = new boolean[table.header.length];
        for (int t = 0; t < targetColumns.length; t++) {
            targetIndex[t] = table.column(targetColumns[t]);
            isTarget[targetIndex[t]] = true;
        }
        table.checkFeatures(targetColumns.length);
        int featureCount = table.header.length - targetColumns.length;
        float[] features = new float[table.rows.size() * featureCount];
        float[] targets = new float[table.rows.size() * targetColumns.length];
        for (int r = 0; r < table.rows.size(); r++) {
            int at = r * featureCount;
            for (int c = 0; c < table.header.length; c++) {
                if (!isTarget[c]) {
                    features[at++] = table.number(r, c);
                }
            }
            for (int t = 0; t < targetIndex.length; t++) {
                targets[r * targetIndex.length + t] = table.number(r, targetIndex[t]);
            }
        }
        return DataSet.withTargets(features, featureCount, targets, targetColumns.length);
    }

    /** Rows without labels or targets (for prediction): every column is a numeric feature. */
    public static DataSet readUnlabeled(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Table table = Table.read(file);
        int n = table.header.length;
        float[] features = new float[table.rows.size() * n];
        for (int r = 0; r < table.rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                features[r * n + c] = table.number(r, c);
            }
        }
        return DataSet.unlabeled(features, n);
    }

    /** Whether a cell is a whole-number class label. */
    static boolean isLabel(String cell) {
        return LABEL.matcher(cell).matches() && cell.length() < 10;
    }

    /** The cells of a file, with the line number of every row for error messages. */
    record Table(Path file, String[] header, List<String[]> rows, List<Integer> lines) {
        static Table read(Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            String[] header = null;
            if (Files.isDirectory(file)) {
                throw new FileFormatException(file, "a directory, not a file");
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (header == null && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    String[] cells = split(line);
                    if (header == null) {
                        checkHeader(file, number, cells);
                        header = cells;
                    } else if (cells.length != header.length) {
                        throw new FileFormatException(file, "line " + number + " has " + cells.length + " fields, the"
                                + " header has " + header.length);
                    } else {
                        rows.add(cells);
                        lines.add(number);
                    }
                }
            } catch (NoSuchFileException e) {
                throw new FileFormatException(file, "no such file", e);
            } catch (CharacterCodingException e) {
                throw new FileFormatException(file, "not UTF-8 text", e);
            }
            if (header == null || rows.isEmpty()) {
                throw new FileFormatException(file, header == null ? "empty: no header line" : "no data rows after the header");
            }
            return new Table(file, header, rows, lines);
        }

        private static void checkHeader(Path file, int line, String[] names) throws FileFormatException {
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < names.length; c++) {
                if (names[c].isEmpty()) {
                    throw new FileFormatException(file, "line " + line + ": column " + (c + 1) + " of the header has"
                            + " no name");
                }
                if (!seen.add(names[c])) {
                    throw new FileFormatException(file, "line " + line + ": the header names column \"" + names[c]
                            + "\" twice");
                }
            }
        }

        /** At least one column is left for the features once {@code taken} columns are labels or targets. */
        void checkFeatures(int taken) throws FileFormatException {
            if (header.length <= taken) {
                throw new FileFormatException(file, "no feature columns: the header has only "
                        + String.join(", ", header));
            }
        }

        int columnOrMinus(String name) {
            return Arrays.asList(header).indexOf(name);
        }

        int column(String name) throws FileFormatException {
            int index = Arrays.asList(header).indexOf(name);
            if (index < 0) {
                throw new FileFormatException(file, "no column named \"" + name + "\" (the columns are "
                        + String.join(", ", header) + ")");
            }
            return index;
        }

        float number(int row, int column) throws FileFormatException {
            String cell = rows.get(row)[column];
            if (NUMBER.matcher(cell).matches()) {
                float value = Float.parseFloat(cell);
                if (Float.isFinite(value)) {
                    return value;
                }
                throw new FileFormatException(file, "line " + lines.get(row) + ", column \"" + header[column]
                        + "\": \"" + cell + "\" is outside float's range (about ±3.4e38)");
            }
            throw new FileFormatException(file, "line " + lines.get(row) + ", column \"" + header[column] + "\": \""
                    + cell + "\" is not a finite number (plain decimal: sign, digits, point, exponent)");
        }

        int label(int row, int column) throws FileFormatException {
            String cell = rows.get(row)[column];
            if (LABEL.matcher(cell).matches()) {
                try {
                    return Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    // too large: reported below
                }
            }
            throw new FileFormatException(file, "line " + lines.get(row) + ", column \"" + header[column] + "\": \""
                    + cell + "\" is not a class label (a whole number from 0)");
        }
    }

    /** Splits one line at commas outside double quotes; a doubled quote inside quotes is a quote. */
    static String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells.toArray(new String[0]);
    }
}
