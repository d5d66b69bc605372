package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.FileFormatException;
import dev.unroll.Loss;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 3 of the model file saves each layer's trainable flag; versions 1 and 2 still load, and
 * leave the flags as they are; a trainable section that does not fit the network is refused and changes
 * nothing. With no preprocessing the file ends: flag count, one byte per layer, flags, preprocessing
 * length (0), CRC.
 */
class TrainableFlagsFileTest {
    private static final int LAYERS = 3;
    private static final float[] X = {1, 2, -1, 0.5f, 3, -2, 0, 1};
    private static final float[] Y = {1, -1, 2, 0.5f};

    @TempDir Path dir;

    @Test
    void aFrozenLayerLoadsFrozen() throws IOException {
        TwoLayers saved = new TwoLayers(Loss.MEAN_SQUARED_ERROR);
        saved.first.setTrainable(false);
        Path file = dir.resolve("frozen.unroll");
        saved.save(file);

        TwoLayers loaded = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 99);
        loaded.load(file);
        assertFalse(loaded.first.isTrainable());
        assertTrue(loaded.second.isTrainable());
        float[] frozen = loaded.kernel1.clone();
        loaded.trainBatch(X, Y, 4);
        assertArrayEquals(frozen, loaded.kernel1, "the restored flag is obeyed by the next step");
    }

    @Test
    void loadingSetsTheFlagsBothWays() throws IOException {
        Path file = dir.resolve("trainable.unroll");
        new TwoLayers(Loss.MEAN_SQUARED_ERROR).save(file);
        TwoLayers loaded = new TwoLayers(Loss.MEAN_SQUARED_ERROR);
        loaded.second.setTrainable(false);
        loaded.load(file);
        assertTrue(loaded.second.isTrainable(), "the file says trainable, so the layer trains again");
    }

    @Test
    void anInferenceOnlyFileCarriesTheFlagsToo() throws IOException {
        TwoLayers saved = new TwoLayers(Loss.MEAN_SQUARED_ERROR);
        saved.second.setTrainable(false);
        Path file = dir.resolve("lean.unroll");
        saved.saveForInference(file);
        TwoLayers loaded = new TwoLayers(Loss.MEAN_SQUARED_ERROR);
        loaded.load(file);
        assertFalse(loaded.second.isTrainable());
        assertTrue(loaded.isInferenceOnly());
    }

    @Test
    void aVersionTwoFileLoadsAndLeavesTheFlagsAsTheyAre() throws IOException {
        TwoLayers saved = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 3);
        saved.first.setTrainable(false);
        Path old = write("v2", versionTwo(saved));

        TwoLayers loaded = new TwoLayers(Loss.MEAN_SQUARED_ERROR);
        loaded.second.setTrainable(false);
        loaded.load(old);
        assertTrue(loaded.first.isTrainable(), "version 2 saved no flags: the network's own flag stays");
        assertFalse(loaded.second.isTrainable(), "a layer frozen before loading an old file stays frozen");
        assertArrayEquals(saved.parameters(), loaded.parameters());
    }

    @Test
    void aFlagCountThatDoesNotMatchTheLayersIsRefusedAndChangesNothing() throws IOException {
        byte[] bytes = fileOf(new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 3));
        int countAt = bytes.length - 12 - LAYERS - 4;
        // one flag fewer, the count saying so: a well-formed file that does not fit this network
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, countAt + 4 + LAYERS - 1);
        System.arraycopy(bytes, countAt + 4 + LAYERS, shorter, countAt + 4 + LAYERS - 1, 12);
        ByteBuffer.wrap(shorter).putInt(countAt, LAYERS - 1);
        assertRefused(write("short", withChecksum(shorter)),
                "corrupted: it holds 2 trainable flags; this network has 3 layers (one flag per layer)");
    }

    @Test
    void aFlagThatIsNeitherZeroNorOneIsRefused() throws IOException {
        byte[] bytes = fileOf(new TwoLayers(Loss.MEAN_SQUARED_ERROR));
        bytes[bytes.length - 12 - LAYERS] = 7;
        assertRefused(write("seven", withChecksum(bytes)),
                "corrupted: the trainable flag of layer 'hidden' is 7 (1 trainable, 0 frozen)");
    }

    @Test
    void aFrozenLayerWithoutParametersIsRefused() throws IOException {
        byte[] bytes = fileOf(new TwoLayers(Loss.MEAN_SQUARED_ERROR));
        bytes[bytes.length - 12 - LAYERS + 1] = 0;
        assertRefused(write("act", withChecksum(bytes)),
                "corrupted: layer 'act' is marked frozen but has no parameters to freeze");
    }

    @Test
    void aCountPastTheEndIsTruncation() throws IOException {
        byte[] bytes = fileOf(new TwoLayers(Loss.MEAN_SQUARED_ERROR));
        ByteBuffer.wrap(bytes).putInt(bytes.length - 12 - LAYERS - 4, 1 << 20);
        assertRefused(write("huge", withChecksum(bytes)), "truncated or corrupted: the trainable flag count says");
    }

    @Test
    void aLaterVersionIsRefused() throws IOException {
        byte[] bytes = fileOf(new TwoLayers(Loss.MEAN_SQUARED_ERROR));
        ByteBuffer.wrap(bytes).putInt(8, 4);
        assertRefused(write("v4", withChecksum(bytes)), "format version 4; this Unroll reads versions 1 to 3");
    }

    /** The network is left as it was: values, flags, counters. */
    private void assertRefused(Path file, String message) {
        TwoLayers target = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 42);
        target.second.setTrainable(false);
        float[] before = target.parameters();
        FileFormatException e = assertThrows(FileFormatException.class, () -> target.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(file, e.file());
        assertArrayEquals(before, target.parameters());
        assertTrue(target.first.isTrainable());
        assertFalse(target.second.isTrainable());
    }

    private static byte[] fileOf(TwoLayers net) throws IOException {
        return ModelFile.encode(net);
    }

    /** What the version 2 code wrote: the same file without the trainable section. */
    private static byte[] versionTwo(TwoLayers net) throws IOException {
        byte[] bytes = fileOf(net);
        int countAt = bytes.length - 12 - LAYERS - 4;
        byte[] old = new byte[bytes.length - 4 - LAYERS];
        System.arraycopy(bytes, 0, old, 0, countAt);
        System.arraycopy(bytes, countAt + 4 + LAYERS, old, countAt, 12);
        ByteBuffer.wrap(old).putInt(8, 2);
        return withChecksum(old);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name + ".unroll"), bytes);
    }

    private static byte[] withChecksum(byte[] bytes) {
        byte[] out = Arrays.copyOf(bytes, bytes.length);
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 4);
        ByteBuffer.wrap(out).putInt(out.length - 4, (int) crc.getValue());
        return out;
    }
}
