package dev.unroll.examples.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.BatchNormLayer;
import dev.unroll.DataSet;
import dev.unroll.FileFormatException;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save → load gives the same network and the same next step; every broken file is refused and changes nothing. */
class SaveLoadTest {
    private static final DataSet TRAIN = Data.clusters(300, 8, 3, 0.8, 1);

    @TempDir
    Path dir;

    private static Networks.Classifier trained() {
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.fit(TRAIN, Training.epochs(2).progress(Progress.SILENT));
        net.setLearningRate(0.004);
        return net;
    }

    /** Everything load may change: parameters, statistics, predictions (via state), steps, rate. */
    private static String state(Model net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        BatchNormLayer bn = (BatchNormLayer) net.layers().get(1);
        float[] out = new float[TRAIN.size() * 3];
        net.predict(TRAIN.features(), TRAIN.size(), out);
        return Arrays.toString(p) + Arrays.toString(bn.movingMean()) + Arrays.toString(bn.movingVariance())
                + Arrays.hashCode(out) + net.steps() + net.learningRate();
    }

    @Test
    void loadedNetworkPredictsAndTrainsExactlyLikeTheSavedOne() throws IOException {
        Networks.Classifier saved = trained();
        Path file = dir.resolve("classifier.unroll");
        saved.save(file);
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(999);
        loaded.load(file);
        assertEquals(state(saved), state(loaded));

        float[] x = Arrays.copyOf(TRAIN.features(), 16 * 8);
        int[] y = Arrays.copyOf(TRAIN.labels(), 16);
        assertEquals(saved.trainBatch(x, y, 16), loaded.trainBatch(x, y, 16));
        assertEquals(state(saved), state(loaded), "the optimizer state came along: the next step is identical");
        saved.fit(TRAIN, Training.epochs(1).progress(Progress.SILENT));
        loaded.fit(TRAIN, Training.epochs(1).progress(Progress.SILENT));
        assertEquals(state(saved), state(loaded));
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("model.unroll");
        Files.writeString(file, "old contents");
        trained().save(file);
        UnrolledNetworks_Classifier.create().load(file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void everyBrokenFileIsRefusedWithItsReasonAndChangesNothing() throws IOException {
        Path good = dir.resolve("good.unroll");
        trained().save(good);
        byte[] bytes = Files.readAllBytes(good);

        assertRefused(good.resolveSibling("missing.unroll"), "no such file");
        assertRefused(write("empty", new byte[0]), "truncated: 0 bytes");
        assertRefused(write("text", "just text, no model".getBytes()), "not an Unroll model file");
        for (int cut : new int[] {10, 40, bytes.length / 2, bytes.length - 3}) {
            assertRefused(write("cut" + cut, Arrays.copyOf(bytes, cut)), "truncated");
        }
        byte[] flipped = bytes.clone();
        flipped[bytes.length - 100] ^= 0x10;
        assertRefused(write("flipped", flipped), "corrupted: the CRC32 checksum does not match");
        assertRefused(write("longer", Arrays.copyOf(bytes, bytes.length + 4)), "corrupted: 4 bytes after the checksum");
        byte[] future = bytes.clone();
        ByteBuffer.wrap(future).putInt(8, 4);
        assertRefused(write("future", withChecksum(future)), "format version 4; this Unroll reads versions 1 to 3");

        Path other = dir.resolve("other.unroll");
        UnrolledNetworks_OtherOptimizer.create().save(other);
        assertRefused(other, "saved from a different architecture: the file has \"tensor hidden/kernel/mean_square");
    }

    @Test
    void aFileWithNonFiniteValuesIsRefused() throws IOException {
        Networks.Classifier net = trained();
        Path file = dir.resolve("nan.unroll");
        net.save(file);
        byte[] bytes = Files.readAllBytes(file);
        byte[] entry = ByteBuffer.allocate(2 + 13 + 4).putShort((short) 13).put("hidden/kernel".getBytes())
                .putInt(8 * 12).array(); // writeUTF's length, the name, the value count
        int at = indexOf(bytes, entry) + entry.length;
        ByteBuffer.wrap(bytes).putFloat(at, Float.NaN);
        assertRefused(write("nan", withChecksum(bytes)), "hidden/kernel holds NaN");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name + ".unroll"), bytes);
    }

    /** Recomputes the trailing CRC32, so only the intended change is wrong. */
    private static byte[] withChecksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static void assertRefused(Path file, String problem) {
        Networks.Classifier net = trained();
        String before = state(net);
        FileFormatException e = assertThrows(FileFormatException.class, () -> net.load(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(problem),
                "expected \"" + problem + "\" in: " + e.getMessage());
        assertEquals(before, state(net), "a refused file changed the network");
    }
}
