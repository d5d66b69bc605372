package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of the readers: seeded random files, valid and mutated, for a bounded time. A valid
 * file must read back exactly what was written; any file must give either a data set that keeps the
 * readers' invariants (finite features, labels from 0, consistent sizes) or a {@link
 * FileFormatException} naming that file. Any other exception (an AIOOBE, an NPE, an
 * OutOfMemoryError, an IllegalArgumentException from inside) fails the test with the seed and the
 * input. {@value #FILES} valid files and 8 mutants of each per reader (capped at 5 s on a slow
 * machine); the counts of inputs tried are printed.
 */
class ReaderFuzzTest {
    private static final long SEED = 20261128;
    /** Valid files per test (each with 8 mutants), unless the time cap comes first on a slow machine. */
    private static final int FILES = 250;
    private static final long MILLIS = 5000;
    private static final String[] CELLS = {"0", "1", "-1", "1.5", ".5", "5.", "+2", "1e3", "1E-3", "-0", "3e38",
        "1e39", "NaN", "Infinity", "1d", "2f", "0x1p3", "", " ", "\"", "\"\"", ",", "\uFEFF", "٣", "1_000", "e", "-",
        "\"1,2\"", "99999999999", "label", "a"};

    @TempDir
    Path dir;

    @Test
    void csvFilesReadExactlyOrFailWithAFileFormatException() throws IOException {
        Random random = new Random(SEED);
        long end = System.currentTimeMillis() + MILLIS;
        int valid = 0;
        int mutated = 0;
        int refused = 0;
        Path file = dir.resolve("fuzz.csv");
        while (valid < FILES && System.currentTimeMillis() < end) {
            int rows = 1 + random.nextInt(5);
            int columns = 2 + random.nextInt(4);
            int labelColumn = random.nextInt(columns);
            float[][] values = new float[rows][columns];
            StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ",").append(c == labelColumn ? "label" : "c" + c);
            }
            text.append('\n');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    float v = c == labelColumn ? random.nextInt(10) : (float) (random.nextGaussian() * 100);
                    values[r][c] = v;
                    String cell = c == labelColumn ? Integer.toString((int) v) : Float.toString(v);
                    text.append(c == 0 ? "" : ",").append(random.nextBoolean() ? cell : "\"" + cell + "\"");
                }
                text.append(random.nextInt(6) == 0 ? "\r\n\n" : "\n");
            }
            String original = text.toString();
            DataSet read = readCsv(file, original);
            assertTrue(read != null, "a valid file is read: " + original);
            for (int r = 0; r < rows; r++) {
                assertEquals((int) values[r][labelColumn], read.label(r), original);
                for (int c = 0, f = 0; c < columns; c++) {
                    if (c != labelColumn) {
                        assertEquals(values[r][c], read.feature(r, f++), original);
                    }
                }
            }
            valid++;
            for (int m = 0; m < 8; m++) {
                String mutant = mutate(random, original);
                DataSet d = readCsv(file, mutant);
                mutated++;
                if (d == null) {
                    refused++;
                } else {
                    checkInvariants(d, mutant);
                }
            }
        }
        System.out.printf(Locale.ROOT, "CSV fuzz: %d valid files read exactly, %d mutants (%d refused, %d read)%n",
                valid, mutated, refused, mutated - refused);
        assertTrue(valid >= 50, valid + " valid, " + mutated + " mutants");
    }

    private static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, CELLS[random.nextInt(CELLS.length)]);
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> out.insert(at, "\n,\"\r\u0000".charAt(random.nextInt(5)));
                default -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, (char) (' ' + random.nextInt(95)));
                    }
                }
            }
        }
        return out.toString();
    }

    /** The data set, or null when the file was refused with a FileFormatException naming it; anything else fails. */
    private static DataSet readCsv(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            return Csv.readLabeled(file, "label");
        } catch (FileFormatException e) {
            assertEquals(file, e.file());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            return null;
        } catch (Throwable t) {
            fail("input " + escape(text) + " threw " + t, t);
            return null;
        }
    }

    private static void checkInvariants(DataSet d, String input) {
        assertTrue(d.size() > 0 && d.featureCount() > 0, input);
        assertEquals(d.size() * d.featureCount(), d.features().length, input);
        for (float v : d.features()) {
            assertTrue(Float.isFinite(v), input);
        }
        for (int label : d.labels()) {
            assertTrue(label >= 0, input);
        }
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r");
    }

    @Test
    void idxFilesRawAndGzippedReadExactlyOrFailWithAFileFormatException() throws IOException {
        Random random = new Random(SEED + 1);
        long end = System.currentTimeMillis() + MILLIS;
        int valid = 0;
        int mutated = 0;
        int refused = 0;
        Path file = dir.resolve("fuzz.idx");
        while (valid < FILES && System.currentTimeMillis() < end) {
            int[] dims = new int[1 + random.nextInt(3)];
            int size = 1;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = 1 + random.nextInt(6);
                size *= dims[i];
            }
            ByteBuffer raw = ByteBuffer.allocate(4 + 4 * dims.length + size);
            raw.putInt(0x0800 | dims.length);
            for (int d : dims) {
                raw.putInt(d);
            }
            byte[] values = new byte[size];
            random.nextBytes(values);
            raw.put(values);
            boolean zipped = random.nextBoolean();
            byte[] original = zipped ? gzip(raw.array()) : raw.array();
            Idx.Array read = readIdx(file, original);
            assertTrue(read != null);
            assertArrayEquals(dims, read.dimensions());
            assertArrayEquals(values, read.values());
            valid++;
            for (int m = 0; m < 8; m++) {
                byte[] mutant = random.nextInt(3) == 0 && zipped ? gzip(mutate(random, raw.array()))
                        : mutate(random, original);
                Idx.Array a = readIdx(file, mutant);
                mutated++;
                if (a == null) {
                    refused++;
                } else {
                    long product = 1;
                    for (int d : a.dimensions()) {
                        assertTrue(d > 0);
                        product *= d;
                    }
                    assertEquals(product, a.values().length);
                }
            }
        }
        System.out.printf(Locale.ROOT, "IDX fuzz: %d valid files read exactly, %d mutants (%d refused, %d read)%n",
                valid, mutated, refused, mutated - refused);
        assertTrue(valid >= 50, valid + " valid, " + mutated + " mutants");
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        byte[] out = bytes.clone();
        switch (random.nextInt(6)) {
            case 0 -> out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> out = Arrays.copyOf(out, out.length + 1 + random.nextInt(16));
            case 3 -> {
                int at = random.nextInt(Math.max(1, Math.min(out.length - 3, 16)));
                if (out.length >= 4) {
                    ByteBuffer.wrap(out).putInt(at, random.nextBoolean() ? random.nextInt() : random.nextInt(1 << 20));
                }
            }
            case 4 -> out[random.nextInt(out.length)] = (byte) random.nextInt();
            default -> {
                for (int i = 0; i < 4; i++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt();
                }
            }
        }
        return out;
    }

    private static Idx.Array readIdx(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        try {
            return Idx.read(file);
        } catch (FileFormatException e) {
            assertEquals(file, e.file());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            return null;
        } catch (Throwable t) {
            fail("input " + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 64))) + " threw " + t, t);
            return null;
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }
}
