package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 for the readers: every bad file is a {@link FileFormatException} naming the file and the
 * problem (never an AIOOBE or an OutOfMemoryError), every bad argument an {@link
 * IllegalArgumentException} or a {@link NullPointerException} naming the parameter, and nothing is
 * silently read as something else.
 */
class ReaderHardeningTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertProblem(Path file, String problem, ThrowingRead read) {
        FileFormatException e = assertThrows(FileFormatException.class, read::run);
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(problem), e.getMessage());
    }

    interface ThrowingRead {
        void run() throws IOException;
    }

    // ---- CSV ----

    @Test
    void aTargetColumnNamedTwiceIsAnArgumentError() throws IOException {
        Path f = write("t.csv", "x,y\n1,2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.readTargets(f, "y", "y"));
        assertTrue(e.getMessage().contains("\"y\" is named twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csv.readTargets(f));
    }

    @Test
    void duplicateHeaderNamesAreRefused() throws IOException {
        Path f = write("dup.csv", "a,label,label\n1,0,1\n");
        assertProblem(f, "line 1: the header names column \"label\" twice", () -> Csv.readLabeled(f, "label"));
        Path empty = write("unnamed.csv", "a,,label\n1,2,0\n");
        assertProblem(empty, "column 2 of the header has no name", () -> Csv.readLabeled(empty, "label"));
    }

    @Test
    void onlyPlainDecimalNumbersAreNumbers() throws IOException {
        for (String cell : new String[] {"1d", "2f", "5D", "0x1p3", "NaN", "Infinity", "-Infinity", "1_0", "", "+",
                                         "1e", ".", "e5", "1.2.3", "٣"}) {
            Path f = write("n.csv", "a,label\n\"" + cell + "\",0\n");
            assertProblem(f, "\"" + cell + "\" is not a finite number", () -> Csv.readLabeled(f, "label"));
        }
        Path big = write("big.csv", "a,label\n1e39,0\n");
        assertProblem(big, "\"1e39\" is outside float's range", () -> Csv.readLabeled(big, "label"));
        DataSet ok = Csv.readLabeled(write("ok.csv", "a,b,c,d,e,label\n-1.5,+.5,2.,3E2,-4e-1,0\n"), "label");
        assertArrayEquals(new float[] {-1.5f, 0.5f, 2f, 300f, -0.4f}, ok.features());
    }

    @Test
    void labelsAreAsciiDigitsOnly() throws IOException {
        for (String cell : new String[] {"+1", "٣", "1e0", "99999999999"}) {
            Path f = write("l.csv", "a,label\n1," + cell + "\n");
            assertProblem(f, "\"" + cell + "\" is not a class label", () -> Csv.readLabeled(f, "label"));
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstName() throws IOException {
        DataSet data = Csv.readLabeled(write("bom.csv", "\uFEFFlabel,a,b\n1,2,3\n"), "label");
        assertArrayEquals(new int[] {1}, data.labels());
        Path f = write("bom2.csv", "\uFEFFlabel,a\n1,2\n");
        assertProblem(f, "(the columns are label, a)", () -> Csv.readLabeled(f, "x"));
    }

    @Test
    void aFileWithOnlyTheLabelColumnHasNoFeatures() throws IOException {
        Path f = write("only.csv", "label\n1\n2\n");
        assertProblem(f, "no feature columns: the header has only label", () -> Csv.readLabeled(f, "label"));
        Path t = write("targets.csv", "y1,y2\n1,2\n");
        assertProblem(t, "no feature columns", () -> Csv.readTargets(t, "y1", "y2"));
    }

    @Test
    void aDirectoryIsNamed() throws IOException {
        Path d = Files.createDirectory(dir.resolve("folder.csv"));
        assertProblem(d, "a directory, not a file", () -> Csv.readLabeled(d, "label"));
        assertProblem(d, "a directory, not a file", () -> Idx.read(d));
    }

    @Test
    void nullArgumentsNameTheParameter() throws IOException {
        Path f = write("x.csv", "a,label\n1,0\n");
        assertNullNamed("file", () -> Csv.readLabeled(null, "label"));
        assertNullNamed("labelColumn", () -> Csv.readLabeled(f, null));
        assertNullNamed("targetColumns", () -> Csv.readTargets(f, (String[]) null));
        assertNullNamed("file", () -> Idx.read(null));
        assertNullNamed("images", () -> Idx.read(null, f, 1f));
        assertNullNamed("features", () -> DataSet.withLabels(null, 1, new int[0]));
        assertNullNamed("labels", () -> DataSet.withLabels(new float[0], 1, null));
        assertNullNamed("targets", () -> DataSet.withTargets(new float[0], 1, null, 1));
        assertNullNamed("train", () -> FeatureScaler.minMax(null));
        assertNullNamed("out", () -> Training.epochs(1).output(null));
        assertNullNamed("progress", () -> Training.epochs(1).progress(null));
        assertNullNamed("validation", () -> Training.epochs(1).validationData(null));
        assertNullNamed("schedule", () -> Training.epochs(1).schedule(null));
    }

    private static void assertNullNamed(String name, ThrowingRead call) {
        NullPointerException e = assertThrows(NullPointerException.class, call::run);
        assertEquals(name, e.getMessage());
    }

    // ---- IDX ----

    private static byte[] header(int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length);
        b.putInt(0x0800 | dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.array();
    }

    @Test
    void aGzipBombIsRefusedAfterTheDeclaredValues() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            z.write(header(4));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                z.write(zeros);
            }
        }
        Path bomb = Files.write(dir.resolve("bomb.gz"), zipped.toByteArray());
        assertTrue(Files.size(bomb) < 1 << 20, "a small file");
        long before = usedMemory();
        assertProblem(bomb, "too long: the header promises 4 = 4 values, and more data follows", () -> Idx.read(bomb));
        assertTrue(usedMemory() - before < 64 << 20, "it did not decompress the 400 MB");
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void dimensionsWhoseProductOverflowsAreRefused() throws IOException {
        byte[] h = header(8, (1 << 30) + 1, (1 << 30) - 1, (1 << 30) + 1, (1 << 30) - 1);
        Path f = Files.write(dir.resolve("overflow"), concat(h, new byte[8]));
        assertProblem(f, "values, more than Unroll reads from one file", () -> Idx.read(f));
        FileFormatException e = assertThrows(FileFormatException.class, () -> Idx.read(f));
        java.math.BigInteger exact = java.math.BigInteger.valueOf(8);
        for (long d : new long[] {(1 << 30) + 1, (1 << 30) - 1, (1 << 30) + 1, (1 << 30) - 1}) {
            exact = exact.multiply(java.math.BigInteger.valueOf(d));
        }
        assertTrue(e.getMessage().contains("= " + exact + " values"), "the exact product: " + e.getMessage());
        Path g = Files.write(dir.resolve("int"), concat(header(65536, 65536), new byte[8]));
        FileFormatException i = assertThrows(FileFormatException.class, () -> Idx.read(g));
        assertTrue(i.getMessage().contains("65536 × 65536 = 4294967296 values"), i.getMessage());
    }

    @Test
    void theScaleMustBeFinite() throws IOException {
        Path x = Files.write(dir.resolve("x"), concat(header(1, 1), new byte[] {1}));
        Path y = Files.write(dir.resolve("y"), concat(header(1), new byte[] {0}));
        for (float scale : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e37f}) {
            assertThrows(IllegalArgumentException.class, () -> Idx.read(x, y, scale));
        }
        assertEquals(0.5f, Idx.read(x, y, 0.5f).feature(0, 0));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- data sets, scalers, training options ----

    @Test
    void aDataSetRefusesNonFiniteValuesNamingRowAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSet.withLabels(new float[] {1, 2, 3, Float.NaN}, 2, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("row 1, feature 1 is NaN"), e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> DataSet.withTargets(new float[] {1, 2}, 1, new float[] {0, 1, Float.POSITIVE_INFINITY, 0}, 2));
        assertTrue(t.getMessage().contains("row 1, target 0 is Infinity"), t.getMessage());
    }

    @Test
    void accessorsNeverReadAnotherRowOrAMissingArray() {
        DataSet labeled = DataSet.withLabels(new float[] {1, 2, 3, 4}, 2, new int[] {0, 1});
        assertThrows(IndexOutOfBoundsException.class, () -> labeled.feature(0, 2), "not row 1's first value");
        assertThrows(IndexOutOfBoundsException.class, () -> labeled.feature(2, 0));
        assertThrows(IllegalStateException.class, () -> labeled.target(0, 0));
        DataSet targets = DataSet.withTargets(new float[] {1, 2}, 1, new float[] {0, 1, 1, 0}, 2);
        assertThrows(IllegalStateException.class, () -> targets.label(0));
        assertThrows(IndexOutOfBoundsException.class, () -> targets.target(0, 2));
        assertEquals(1f, targets.target(1, 0));
    }

    @Test
    void scalersRefuseAnEmptySet() {
        DataSet empty = DataSet.withLabels(new float[0], 2, new int[0]);
        assertThrows(IllegalArgumentException.class, () -> FeatureScaler.standardization(empty));
        assertThrows(IllegalArgumentException.class, () -> FeatureScaler.minMax(empty));
    }

    @Test
    void minMaxOfTheWholeFloatRangeDoesNotOverflow() {
        DataSet data = DataSet.withLabels(new float[] {3e38f, -3e38f}, 1, new int[] {0, 0});
        DataSet scaled = FeatureScaler.minMax(data).apply(data);
        assertArrayEquals(new float[] {1f, 0f}, scaled.features());
    }

    @Test
    void standardizationKeepsTheMeanOfLargeValues() {
        DataSet data = DataSet.withLabels(new float[] {1e8f, 1e8f + 8, 1e8f}, 1, new int[] {0, 0, 0});
        DataSet scaled = FeatureScaler.standardization(data).apply(data);
        double mean = (scaled.feature(0, 0) + scaled.feature(1, 0) + scaled.feature(2, 0)) / 3.0;
        assertEquals(0, mean, 1e-6);
        assertEquals(Math.sqrt(2), scaled.feature(1, 0), 1e-6);
    }

    @Test
    void aScaledValueOutsideFloatIsRefused() {
        DataSet train = DataSet.withLabels(new float[] {0, 1e-30f}, 1, new int[] {0, 0});
        DataSet other = DataSet.withLabels(new float[] {1e30f}, 1, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> FeatureScaler.minMax(train).apply(other));
    }

    @Test
    void validationDataAndValidationSplitExcludeEachOther() {
        DataSet v = DataSet.withLabels(new float[] {1}, 1, new int[] {0});
        assertThrows(IllegalArgumentException.class, () -> Training.epochs(1).validationData(v).validationSplit(0.5));
        assertThrows(IllegalArgumentException.class, () -> Training.epochs(1).validationSplit(0.5).validationData(v));
        Training.epochs(1).validationData(v).validationSplit(0);
    }

    @Test
    void messagesAreUtf8Safe() {
        assertEquals("row 0, feature 0 is NaN; a data set holds finite numbers only",
                new String(assertThrows(IllegalArgumentException.class,
                        () -> DataSet.withLabels(new float[] {Float.NaN}, 1, new int[] {0})).getMessage()
                        .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
