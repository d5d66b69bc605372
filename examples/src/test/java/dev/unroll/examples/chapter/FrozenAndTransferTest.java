package dev.unroll.examples.chapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frozen layers keep their parameters, moving statistics and optimizer state bit for bit through
 * {@code fit}, while gradients still reach the layers below them; {@code copyLayersFrom} moves
 * trained layers into a network of another class, which then trains only its new top.
 */
class FrozenAndTransferTest {
    @TempDir Path dir;

    private final DataSet data = ChapterData.clusters(400, 3, 5);

    @Test
    void frozenLayersAndTheirOptimizerStateDoNotMove() throws IOException {
        UnrolledChapterNetworks_Base net = UnrolledChapterNetworks_Base.create();
        net.fit(data, ChapterData.quiet(1)); // optimizer state and moving statistics away from their start
        net.hidden2().setTrainable(false);
        net.bn1().setTrainable(false);
        assertFalse(net.hidden2().isTrainable());
        assertTrue(net.hidden1().isTrainable());
        Map<String, float[]> before = ChapterData.tensors(net, dir);
        net.fit(data, ChapterData.quiet(2));
        Map<String, float[]> after = ChapterData.tensors(net, dir);
        for (String name : before.keySet()) {
            boolean frozen = name.startsWith("hidden2/") || name.startsWith("bn1/");
            if (frozen) {
                assertArrayEquals(before.get(name), after.get(name), name + " is frozen");
            } else {
                assertFalse(Arrays.equals(before.get(name), after.get(name)), name + " trains");
            }
        }
        assertTrue(net.summary().contains("Non-trainable params: " + String.format("%,d", 16 * 12 + 12 + 2 * 16 + 2 * 16)),
                net.summary());
        assertTrue(net.summary().contains("frozen"), net.summary());
    }

    @Test
    void aFrozenBatchNormalizationRunsInInferenceMode() {
        UnrolledChapterNetworks_Base net = UnrolledChapterNetworks_Base.create();
        net.fit(data, ChapterData.quiet(1));
        net.bn1().setTrainable(false);
        float[] x = Arrays.copyOf(data.features(), 16 * 8);
        int[] labels = Arrays.copyOf(data.labels(), 16);
        net.computeGradients(x, labels, 16);
        float[] training = net.bn1().outputs();
        float[] inference = new float[16 * 3];
        net.predict(x, 16, inference);
        float[] inferenceBn = net.bn1().outputs();
        assertArrayEquals(inferenceBn, training, 1e-6f, "training pass of a frozen BN = its inference pass");
    }

    @Test
    void transferToAnotherClassThenTrainOnlyTheNewTop() throws IOException {
        UnrolledChapterNetworks_Base base = UnrolledChapterNetworks_Base.create();
        base.fit(data, ChapterData.quiet(3));
        UnrolledChapterNetworks_Transferred net = UnrolledChapterNetworks_Transferred.create();
        net.copyLayersFrom(base, "hidden1", "bn1", "prelu1");
        assertArrayEquals(base.hidden1().kernel(), net.hidden1().kernel());
        assertArrayEquals(base.bn1().movingMean(), net.bn1().movingMean());
        assertArrayEquals(base.bn1().movingVariance(), net.bn1().movingVariance());
        assertArrayEquals(base.prelu1().alpha(), net.prelu1().alpha());
        net.hidden1().setTrainable(false);
        net.bn1().setTrainable(false);
        net.prelu1().setTrainable(false);

        // a two-class task on the same inputs: class 0 stays, classes 1 and 2 merge
        int[] merged = data.labels().clone();
        for (int i = 0; i < merged.length; i++) {
            merged[i] = Math.min(merged[i], 1);
        }
        DataSet task = DataSet.withLabels(data.features(), 8, merged);
        Map<String, float[]> before = ChapterData.tensors(net, dir);
        net.fit(task, ChapterData.quiet(5));
        Map<String, float[]> after = ChapterData.tensors(net, dir);
        for (String name : before.keySet()) {
            boolean transferred = name.startsWith("hidden1/") || name.startsWith("bn1/") || name.startsWith("prelu1/");
            if (transferred) {
                assertArrayEquals(before.get(name), after.get(name), name + " stays as transferred");
            }
        }
        assertFalse(Arrays.equals(before.get("head/kernel"), after.get("head/kernel")), "the new top trains");
        Evaluation result = net.evaluate(task);
        assertTrue(result.accuracy() > 0.9, "the transferred features serve the new task: " + result.accuracy());
    }

    @Test
    void aMismatchIsRefusedAndChangesNothing() {
        UnrolledChapterNetworks_Base base = UnrolledChapterNetworks_Base.create();
        UnrolledChapterNetworks_Mismatched other = UnrolledChapterNetworks_Mismatched.create(99);
        float[] kernel = other.hidden1().kernel();
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> other.copyLayersFrom(base, "hidden1", "prelu1"));
        assertTrue(shape.getMessage().contains("prelu1") && shape.getMessage().contains("nothing was changed"),
                shape.getMessage());
        assertArrayEquals(kernel, other.hidden1().kernel(), "hidden1, checked first, was not copied either");
        assertThrows(IllegalArgumentException.class, () -> other.copyLayersFrom(base, "hidden2"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> other.copyLayersFrom(base, "nope"));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> UnrolledChapterNetworks_Transferred.create().copyLayersFrom(base, "hidden1", "output"));
        assertTrue(kind.getMessage().contains("output"), kind.getMessage());
    }
}
