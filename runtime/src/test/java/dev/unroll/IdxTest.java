package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX files, raw and gzipped, and every way one can be broken: each gives a clear error naming the file. */
class IdxTest {
    @TempDir
    Path dir;

    static byte[] idx(int type, int[] dims, int values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values);
        b.putInt((type << 8) | dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        for (int i = 0; i < values; i++) {
            b.put((byte) (i * 37));
        }
        return b.array();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsRawAndGzippedImagesWithLabels() throws IOException {
        Path images = write("images.gz", gzip(idx(8, new int[] {3, 2, 2}, 12)));
        Path labels = write("labels", idx(8, new int[] {3}, 3));
        DataSet data = Idx.read(images, labels, 1f / 255);
        assertEquals(3, data.size());
        assertEquals(4, data.featureCount());
        assertEquals((37 & 0xFF) / 255f, data.feature(0, 1), 0);
        assertEquals((byte) (5 * 37) & 0xFF, (int) (data.feature(1, 1) * 255 + 0.5f));
        assertArrayEquals(new int[] {0, 37, 74}, data.labels());
        Idx.Array array = Idx.read(images);
        assertArrayEquals(new int[] {3, 2, 2}, array.dimensions());
        assertEquals(4, array.itemSize());
    }

    @Test
    void readsTheShippedFashionMnistSubset() throws IOException {
        Path data = Path.of("../examples/data/fashion-mnist");
        DataSet test = Idx.read(data.resolve("t10k-images-idx3-ubyte.gz"), data.resolve("t10k-labels-idx1-ubyte.gz"), 1f / 255);
        assertEquals(2000, test.size());
        assertEquals(784, test.featureCount());
        assertEquals(9, Arrays.stream(test.labels()).max().getAsInt());
    }

    @Test
    void truncatedBody() throws IOException {
        byte[] good = idx(8, new int[] {10, 4}, 40);
        assertProblem(write("short", Arrays.copyOf(good, good.length - 3)), "truncated: the header promises 10 × 4 = 40 values, the file holds 37");
    }

    @Test
    void extraBytes() throws IOException {
        assertProblem(write("long", Arrays.copyOf(idx(8, new int[] {2}, 2), 11)), "too long");
    }

    @Test
    void truncatedHeader() throws IOException {
        assertProblem(write("header", new byte[] {0, 0, 8, 3, 0, 0}), "ends early");
        assertProblem(write("tiny", new byte[] {0, 0}), "too short for an IDX header");
    }

    @Test
    void wrongMagicNumber() throws IOException {
        assertProblem(write("magic", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}), "not an IDX file: magic number 0x504B0304");
    }

    @Test
    void unsupportedElementType() throws IOException {
        assertProblem(write("floats", idx(0x0D, new int[] {1}, 4)), "element type 0x0D is not supported");
    }

    @Test
    void zeroDimension() throws IOException {
        assertProblem(write("zero", idx(8, new int[] {0, 4}, 0)), "dimension 1 is 0");
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] zipped = gzip(idx(8, new int[] {100}, 100));
        assertProblem(write("cut.gz", Arrays.copyOf(zipped, zipped.length / 2)), "corrupt or truncated gzip data");
    }

    @Test
    void missingFile() {
        assertProblem(dir.resolve("absent"), "no such file");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        Path images = write("images", idx(8, new int[] {3, 2}, 6));
        Path labels = write("labels", idx(8, new int[] {2}, 2));
        FileFormatException e = assertThrows(FileFormatException.class, () -> Idx.read(images, labels, 1f));
        assertEquals(labels, e.file());
        assertTrue(e.getMessage().contains("holds 2 labels but images holds 3 images"), e.getMessage());
    }

    private static void assertProblem(Path file, String problem) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> Idx.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
