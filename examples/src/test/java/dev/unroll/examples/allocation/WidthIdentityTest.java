package dev.unroll.examples.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Layer;
import dev.unroll.Model;
import dev.unroll.PReLULayer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the vector width changes: every {@link Matrix} network trains 20 steps and predicts, and a
 * digest of its parameters and predictions is written per width. Each run of the build's width
 * executions compares its digests with those of the runs before it in the same build. Products,
 * activations, batch normalization and updates add in the same order at every width, so the
 * digests must be equal — except where a sum runs across vector lanes, whose tree depends on the
 * lane count: the norms of {@code clipNorm} and {@code globalClipNorm} and the gradient of a shared
 * PReLU slope. Those networks are listed, not required to match.
 */
@Tag("widths")
class WidthIdentityTest {
    private static final int STEPS = 20;
    private static final int BATCH = 16;

    @Test
    void trajectoriesAreTheSameAtEveryWidthExceptAcrossLaneSums() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (var create : Matrix.NETWORKS) {
            Model net = create.get();
            String name = net.getClass().getSimpleName().replace("UnrolledMatrix_With", "");
            digests.put(name + (sumsAcrossLanes(name, net) ? " *" : ""), digest(net));
        }
        Path dir = Path.of("target", "width-digests", System.getProperty("unroll.test.buildId", "adhoc"));
        Files.createDirectories(dir);
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        List<String> lines = new ArrayList<>();
        digests.forEach((k, v) -> lines.add(k + "\t" + v));
        Files.write(dir.resolve(bits + ".txt"), lines);

        List<String> differences = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int compared = 0; // a machine whose widest vectors are 128 bits writes one file: nothing to compare
        try (var files = Files.list(dir)) {
            for (Path other : files.sorted().toList()) {
                if (other.getFileName().toString().equals(bits + ".txt")) {
                    continue;
                }
                compared++;
                for (String line : Files.readAllLines(other)) {
                    String[] parts = line.split("\t");
                    if (parts[1].equals(digests.get(parts[0]))) {
                        continue;
                    }
                    String where = parts[0] + ": " + bits + " vs " + other.getFileName();
                    (parts[0].endsWith(" *") ? expected : differences).add(where);
                }
            }
        }
        System.out.println("width " + bits + ", compared with " + compared + " other widths: " + expected.size()
                + " differences where sums cross lanes " + expected + ", " + differences.size() + " elsewhere");
        assertTrue(differences.isEmpty(), "results differ between widths where they must not:\n"
                + String.join("\n", differences));
    }

    private static boolean sumsAcrossLanes(String name, Model net) {
        if (name.contains("ClipNorm")) {
            return true;
        }
        for (Layer layer : net.layers()) {
            if (layer instanceof PReLULayer prelu && prelu.alpha().length == 1 && layer.outputSize() > 1) {
                return true;
            }
        }
        return false;
    }

    private static String digest(Model net) {
        Random random = new Random(11);
        int inputs = net.inputSize(), outputs = net.outputSize();
        float[] x = new float[BATCH * inputs];
        int[] labels = new int[BATCH];
        float[] targets = new float[BATCH * outputs];
        boolean sparse = true;
        for (int step = 0; step < STEPS; step++) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextGaussian();
            }
            for (int i = 0; i < BATCH; i++) {
                labels[i] = random.nextInt(outputs);
                targets[i * outputs + labels[i]] = 1f;
            }
            if (sparse) {
                try {
                    net.trainBatch(x, labels, BATCH);
                } catch (IllegalArgumentException targetsWanted) {
                    sparse = false;
                }
            }
            if (!sparse) {
                net.trainBatch(x, targets, BATCH);
            }
            java.util.Arrays.fill(targets, 0f);
        }
        float[] parameters = new float[net.parameterCount()];
        net.copyParametersTo(parameters);
        float[] predictions = new float[BATCH * outputs];
        net.predict(x, BATCH, predictions);
        CRC32 crc = new CRC32();
        for (float[] values : new float[][] {parameters, predictions}) {
            ByteBuffer bytes = ByteBuffer.allocate(4 * values.length);
            for (float v : values) {
                bytes.putFloat(v);
            }
            crc.update(bytes.array());
        }
        return Long.toHexString(crc.getValue());
    }
}
