package dev.unroll.examples.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preprocessing travels with the model: applied by fit/evaluate/predict, saved, loaded, checked. */
class PreprocessingModelTest {
    @TempDir
    Path dir;

    private Preprocessing prep(Path file) throws IOException {
        return Preprocessing.labels("weather").skip("id").standardize().fit(file);
    }

    private Networks.Classifier trained(Path file) throws IOException {
        Preprocessing prep = prep(file);
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.setPreprocessing(prep);
        net.fit(prep.read(file), Training.epochs(5).progress(Progress.SILENT));
        return net;
    }

    @Test
    void rawRowsArePreprocessedByFitEvaluateAndPredict() throws IOException {
        Path file = Tables.weather(dir, 200, 1);
        Networks.Classifier net = trained(file);
        DataSet raw = net.preprocessing().read(Tables.weather(dir, 100, 2));
        assertTrue(net.evaluate(raw).accuracy() > 0.9, net.evaluate(raw).toString());
        DataSet scaled = net.preprocessing().transform(raw);
        float[] expected = new float[raw.size() * 3];
        net.predict(scaled.features(), raw.size(), expected);
        assertArrayEquals(expected, net.predict(raw));
        int[] classes = net.predictClasses(DataSet.unlabeled(raw.features(), 2));
        assertArrayEquals(net.predictClasses(raw), classes);
    }

    @Test
    void saveAndLoadCarryThePreprocessing() throws IOException {
        Path csv = Tables.weather(dir, 200, 1);
        Networks.Classifier net = trained(csv);
        Path file = dir.resolve("weather.unroll");
        net.save(file);
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(9);
        loaded.load(file);
        assertEquals(net.preprocessing(), loaded.preprocessing());
        DataSet rows = loaded.preprocessing().readUnlabeled(Tables.weather(dir, 50, 3));
        assertArrayEquals(net.predict(rows), loaded.predict(rows));
        assertEquals("fog", loaded.preprocessing().className(0));
    }

    @Test
    void aPreprocessingThatDoesNotFitTheNetworkIsRefused() throws IOException {
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, "a,b,c,y\n1,2,3,x\n1,2,3,z\n");
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.setPreprocessing(Preprocessing.labels("y").fit(file)));
        assertTrue(e.getMessage().contains("3 input columns; this network takes 2"), e.getMessage());
        assertNull(net.preprocessing());
        Files.writeString(file, "a,b,y\n1,2,x\n1,2,z\n");
        e = assertThrows(IllegalArgumentException.class, () -> net.setPreprocessing(Preprocessing.labels("y").fit(file)));
        assertTrue(e.getMessage().contains("2 classes [x, z]; this network has 3 outputs"), e.getMessage());
    }

    @Test
    void aVersionOneFileStillLoads() throws IOException {
        Networks.Classifier net = trained(Tables.weather(dir, 100, 1));
        net.setPreprocessing(null);
        Path file = dir.resolve("v3.unroll");
        net.save(file);
        byte[] v3 = Files.readAllBytes(file);
        // version 1: the same bytes without the layer count and trainable flags, the flags and the empty
        // preprocessing section (the CRC takes the place of the layer count)
        byte[] v1 = Arrays.copyOf(v3, v3.length - 8 - 4 - net.layers().size());
        ByteBuffer.wrap(v1).putInt(8, 1);
        Path old = dir.resolve("v1.unroll");
        Files.write(old, withChecksum(v1));
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(5);
        loaded.setPreprocessing(prep(Tables.weather(dir, 100, 1)));
        loaded.load(old);
        assertNull(loaded.preprocessing(), "a version 1 file holds no preprocessing");
        assertArrayEquals(net.predict(DataSet.unlabeled(new float[] {0.5f, -1f}, 2)),
                loaded.predict(DataSet.unlabeled(new float[] {0.5f, -1f}, 2)));
        assertEquals(net.steps(), loaded.steps());
    }

    @Test
    void aCorruptPreprocessingSectionIsRefusedAndChangesNothing() throws IOException {
        Path csv = Tables.weather(dir, 100, 1);
        Networks.Classifier net = trained(csv);
        Path file = dir.resolve("p.unroll");
        net.save(file);
        byte[] bytes = Files.readAllBytes(file);
        int sectionLength = net.preprocessing().toBytes().length;
        int sectionAt = bytes.length - 4 - sectionLength;

        Networks.Classifier target = UnrolledNetworks_Classifier.create(77);
        String before = state(target);
        // a scale of zero in the last double of the section
        byte[] zero = bytes.clone();
        ByteBuffer.wrap(zero).putDouble(sectionAt + sectionLength - 8, 0.0);
        assertRefused(target, write("zero", withChecksum(zero)), "corrupted preprocessing section: column \"pressure\"");
        // a class count that does not fit
        byte[] count = bytes.clone();
        ByteBuffer.wrap(count).putInt(sectionAt + 4 + 2, 1_000_000);
        assertRefused(target, write("count", withChecksum(count)), "corrupted preprocessing section: columns: a count");
        // a section length past the end
        byte[] length = bytes.clone();
        ByteBuffer.wrap(length).putInt(sectionAt - 4, 1 << 20);
        assertRefused(target, write("length", withChecksum(length)), "truncated or corrupted: the preprocessing");
        // a valid section from a network of another width
        byte[] other = Preprocessing.labels("weather").columns("temperature").fit(csv).toBytes();
        ByteBuffer spliced = ByteBuffer.allocate(sectionAt + other.length + 4);
        spliced.put(bytes, 0, sectionAt - 4).putInt(other.length).put(other);
        assertRefused(target, write("other", withChecksum(spliced.array())),
                "corrupted preprocessing section: the preprocessing has 1 input columns; this network takes 2");
        assertEquals(before, state(target));
        assertNull(target.preprocessing());
    }

    private static String state(Networks.Classifier net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        return Arrays.toString(p) + Arrays.toString(net.norm().movingVariance()) + net.steps() + net.preprocessing();
    }

    private void assertRefused(Networks.Classifier net, Path file, String message) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> net.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name + ".unroll");
        Files.write(file, bytes);
        return file;
    }

    static byte[] withChecksum(byte[] bytes) {
        byte[] out = bytes.clone();
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 4);
        ByteBuffer.wrap(out).putInt(out.length - 4, (int) crc.getValue());
        return out;
    }
}
