package dev.unroll.examples.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.FileFormatException;
import dev.unroll.Preprocessing;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** saveForInference: parameters, statistics and preprocessing without optimizer state; loaded networks predict, never train. */
class InferenceExportTest {
    @TempDir
    Path dir;

    private Networks.Classifier trained() throws IOException {
        Path csv = Tables.weather(dir, 120, 1);
        Preprocessing prep = Preprocessing.labels("weather").skip("id").standardize().fit(csv);
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.setPreprocessing(prep);
        net.fit(prep.read(csv), Training.epochs(2).progress(Progress.SILENT));
        return net;
    }

    @Test
    void anInferenceFilePredictsLikeTheModelAndIsSmaller() throws IOException {
        Networks.Classifier net = trained();
        Path full = dir.resolve("full.unroll");
        Path lean = dir.resolve("lean.unroll");
        net.save(full);
        net.saveForInference(lean);
        assertTrue(Files.size(lean) < Files.size(full) - 3 * 4 * 8 * 2, Files.size(lean) + " vs " + Files.size(full));
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(5);
        loaded.load(lean);
        assertTrue(loaded.isInferenceOnly());
        DataSet rows = loaded.preprocessing().readUnlabeled(Tables.weather(dir, 40, 2));
        assertArrayEquals(net.predict(rows), loaded.predict(rows));
        assertEquals(net.evaluate(net.preprocessing().read(Tables.weather(dir, 40, 2))).loss(),
                loaded.evaluate(loaded.preprocessing().read(Tables.weather(dir, 40, 2))).loss());
    }

    @Test
    void aNetworkLoadedForInferenceRefusesToTrainUntilAFullFileIsLoaded() throws IOException {
        Networks.Classifier net = trained();
        Path lean = dir.resolve("lean.unroll");
        Path full = dir.resolve("full.unroll");
        net.saveForInference(lean);
        net.save(full);
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create();
        loaded.load(lean);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> loaded.trainBatch(new float[16], new int[8], 8));
        assertTrue(e.getMessage().contains("trainBatch: Networks.Classifier was loaded from the inference-only file " + lean),
                e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> loaded.fit(net.preprocessing().read(Tables.weather(dir, 20, 3)), 1));
        assertTrue(e.getMessage().startsWith("fit: "), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> loaded.save(dir.resolve("again.unroll")));
        assertTrue(e.getMessage().contains("use saveForInference"), e.getMessage());
        loaded.saveForInference(dir.resolve("again.unroll")); // allowed
        loaded.load(full);
        assertFalse(loaded.isInferenceOnly());
        loaded.trainBatch(new float[16], new int[8], 8);
    }

    @Test
    void unknownFlagsAndAFlagThatDoesNotMatchTheTensorsAreRefused() throws IOException {
        Networks.Classifier net = trained();
        net.setPreprocessing(null);
        Path lean = dir.resolve("lean.unroll");
        net.saveForInference(lean);
        byte[] bytes = Files.readAllBytes(lean);
        int flagsAt = bytes.length - 4 - 4 - 4; // flags, empty preprocessing length, CRC
        Networks.Classifier target = UnrolledNetworks_Classifier.create();
        byte[] unknown = bytes.clone();
        ByteBuffer.wrap(unknown).putInt(flagsAt, 3);
        assertRefused(target, unknown, "unknown flags 3");
        byte[] cleared = bytes.clone();
        ByteBuffer.wrap(cleared).putInt(flagsAt, 0);
        assertRefused(target, cleared, "saved from a different architecture");
        assertFalse(target.isInferenceOnly());
    }

    private void assertRefused(Networks.Classifier net, byte[] bytes, String message) throws IOException {
        Path file = dir.resolve("bad.unroll");
        Files.write(file, PreprocessingModelTest.withChecksum(bytes));
        FileFormatException e = assertThrows(FileFormatException.class, () -> net.load(file));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
