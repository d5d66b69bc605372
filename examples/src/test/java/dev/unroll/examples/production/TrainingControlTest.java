package dev.unroll.examples.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.History;
import dev.unroll.LearningRateSchedule;
import dev.unroll.Model;
import dev.unroll.Monitor;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The epoch listener, checkpoints during fit (also killed mid-write), reduce-on-plateau. */
class TrainingControlTest {
    @TempDir
    Path dir;

    private static DataSet data(int rows, long seed, boolean randomLabels) {
        Random random = new Random(seed);
        float[] x = new float[rows * 2];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            int c = i % 3;
            y[i] = randomLabels ? random.nextInt(3) : c;
            x[2 * i] = c + (float) random.nextGaussian() * 0.4f;
            x[2 * i + 1] = -c + (float) random.nextGaussian() * 0.4f;
        }
        return DataSet.withLabels(x, 2, y);
    }

    private static Training quiet(int epochs) {
        return Training.epochs(epochs).progress(Progress.SILENT).monitorEvery(0);
    }

    private static float[] parameters(Model net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    @Test
    void theListenerSeesEveryEpochAndTheModelAndCanStop() {
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        List<Integer> seen = new ArrayList<>();
        History h = net.fit(data(64, 1, false), quiet(10).onEpochEnd(end -> {
            seen.add(end.epoch().number());
            assertTrue(end.model() == net);
            assertTrue(end.model().evaluate(data(30, 2, false)).count() == 30); // usable from inside
            if (end.epoch().number() == 3) {
                end.stop();
            }
        }));
        assertEquals(List.of(1, 2, 3), seen);
        assertEquals(3, h.epochs().size());
        assertTrue(h.stoppedEarly());
    }

    @Test
    void aCheckpointEveryEpochHoldsTheLastEpoch() throws Exception {
        Path file = dir.resolve("every.unroll");
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.fit(data(64, 1, false), quiet(3).checkpoint(file));
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(9);
        loaded.load(file);
        assertArrayEquals(parameters(net), parameters(loaded));
        assertEquals(net.steps(), loaded.steps());
    }

    @Test
    void aBestOnlyCheckpointHoldsTheBestEpoch() throws Exception {
        Path file = dir.resolve("best.unroll");
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        DataSet validation = data(60, 7, true); // random labels: validation loss wanders
        List<float[]> after = new ArrayList<>();
        History h = net.fit(data(64, 1, false), quiet(8).validationData(validation)
                .checkpoint(file, Monitor.VALIDATION_LOSS).onEpochEnd(end -> after.add(parameters(end.model()))));
        int best = 0;
        for (int e = 1; e < h.epochs().size(); e++) {
            if (h.epochs().get(e).validationLoss() < h.epochs().get(best).validationLoss()) {
                best = e;
            }
        }
        Networks.Classifier loaded = UnrolledNetworks_Classifier.create(9);
        loaded.load(file);
        assertArrayEquals(after.get(best), parameters(loaded), "the checkpoint is epoch " + (best + 1));
    }

    @Test
    void aFailedCheckpointStopsFitNamingTheFileAndKeepsThePreviousOne() throws Exception {
        Path file = dir.resolve("kept.unroll");
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.fit(data(64, 1, false), quiet(1).checkpoint(file));
        byte[] before = Files.readAllBytes(file);
        Path missing = dir.resolve("no-such-dir").resolve("x.unroll");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> net.fit(data(64, 1, false), quiet(2).checkpoint(missing)));
        assertTrue(e.getMessage().contains("checkpoint after epoch 1 failed") && e.getMessage().contains("no-such-dir"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aCheckpointKilledMidWriteLeavesAWholeFile() throws Exception {
        Path file = dir.resolve("killed.unroll");
        Random random = new Random(13);
        for (int k = 0; k < 4; k++) {
            Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-cp",
                    System.getProperty("java.class.path"), FitLoop.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine());
                Thread.sleep(50 + random.nextInt(300));
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            }
            Networks.Classifier loaded = UnrolledNetworks_Classifier.create();
            loaded.load(file); // always a complete checkpoint, never half of one
            assertTrue(loaded.steps() > 0);
        }
    }

    @Test
    void reduceOnPlateauLowersTheRateWhenTheLossStalls() {
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        History h = net.fit(data(64, 1, false), Training.epochs(12).progress(Progress.LINES).monitorEvery(0)
                .output(new PrintStream(text, true, StandardCharsets.UTF_8))
                .validationData(data(60, 7, true)).reduceLearningRateOnPlateau(0.5, 2, 0.01));
        double[] rates = h.learningRate();
        assertEquals(0.05, rates[0], 1e-12);
        assertTrue(rates[rates.length - 1] < 0.05, java.util.Arrays.toString(rates));
        assertTrue(rates[rates.length - 1] >= 0.01, java.util.Arrays.toString(rates));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("reducing the learning rate from 0.05"), text.toString());
        assertThrows(IllegalArgumentException.class,
                () -> quiet(1).reduceLearningRateOnPlateau(0.5, 2, 0).schedule(s -> 0.1));
        assertThrows(IllegalArgumentException.class, () -> quiet(1)
                .schedule(LearningRateSchedule.oneCycle(0.1, 10)).reduceLearningRateOnPlateau(0.5, 2, 0));
    }

    @Test
    void oneCycleTrainsInFit() {
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        DataSet train = data(64, 1, false);
        History h = net.fit(train, quiet(4).schedule(LearningRateSchedule.oneCycle(0.05, 4 * 8)));
        assertTrue(h.loss()[3] < h.loss()[0], java.util.Arrays.toString(h.loss()));
        assertFalse(h.stoppedEarly());
    }
}
