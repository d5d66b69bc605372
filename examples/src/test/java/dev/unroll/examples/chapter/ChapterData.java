package dev.unroll.examples.chapter;

import dev.unroll.DataSet;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Data and helpers of the chapter tests. */
final class ChapterData {
    private ChapterData() {}

    /** {@code rows} points around {@code classes} centres in 8 dimensions. */
    static DataSet clusters(int rows, int classes, long seed) {
        Random random = new Random(seed);
        Random centreRandom = new Random(99);
        float[][] centres = new float[classes][8];
        for (float[] c : centres) {
            for (int j = 0; j < 8; j++) {
                c[j] = (float) centreRandom.nextGaussian();
            }
        }
        float[] x = new float[rows * 8];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(classes);
            for (int j = 0; j < 8; j++) {
                x[i * 8 + j] = centres[y[i]][j] + (float) (0.7 * random.nextGaussian());
            }
        }
        return DataSet.withLabels(x, 8, y);
    }

    static Training quiet(int epochs) {
        return Training.epochs(epochs).progress(Progress.SILENT);
    }

    /** Every tensor of a saved model (parameters, moving statistics, optimizer slots) by name (docs/model-file.md). */
    static Map<String, float[]> tensors(dev.unroll.Model net, Path dir) throws IOException {
        Path file = dir.resolve("model-" + System.nanoTime() + ".unroll");
        net.save(file);
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        in.position(8 + 4);
        int description = in.getInt();
        in.position(in.position() + description + 32 + 8 + 8 + 8);
        int count = in.getInt();
        Map<String, float[]> tensors = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            byte[] name = new byte[in.getShort() & 0xFFFF];
            in.get(name);
            float[] values = new float[in.getInt()];
            for (int k = 0; k < values.length; k++) {
                values[k] = in.getFloat();
            }
            tensors.put(new String(name, StandardCharsets.UTF_8), values);
        }
        return tensors;
    }
}
