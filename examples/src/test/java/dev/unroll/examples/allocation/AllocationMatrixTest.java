package dev.unroll.examples.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.BatchNormLayer;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Model;
import dev.unroll.PReLULayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every entry point of every {@link Matrix} network allocates nothing once warmed up: training
 * with labels or targets (also with every layer but the last frozen), gradients alone, prediction of
 * one row and of several batches, Monte Carlo prediction, and the same on two threads. Surefire runs this class once per vector width ({@code -XX:MaxVectorSize}
 * 16, 32 and the machine's widest) in forked JVMs, on each JDK CI uses. The measured bytes per
 * call of every case go to {@code target/allocation/} so a regression names its kernel's network.
 */
@Tag("widths")
class AllocationMatrixTest {
    private static final int BATCH = 16;
    private static final int MANY = 3 * BATCH + 5;
    private static final int INPUTS = 30;

    private final float[] x = new float[MANY * INPUTS];
    private final int[] labels = new int[BATCH];
    private final float[] out = new float[MANY * 8];

    AllocationMatrixTest() {
        Random random = new Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(5);
        }
    }

    @Test
    void runsAtTheRequestedWidth() {
        String expected = System.getProperty("unroll.test.vectorBits");
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        if (expected != null) { // narrower where the CPU is narrower (NEON), never wider
            assertTrue(bits <= Integer.parseInt(expected), bits + "-bit vectors in a run asked for " + expected);
        }
    }

    @Test
    void everyEntryPointOfEveryNetworkAllocatesNothing() {
        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (var create : Matrix.NETWORKS) {
            Model net = create.get();
            String name = net.getClass().getSimpleName().replace("UnrolledMatrix_With", "");
            float[] targets = targets(net);
            boolean sparse = usesLabels(net);
            measure(name, "trainBatch", sparse ? () -> net.trainBatch(x, labels, BATCH)
                    : () -> net.trainBatch(x, targets, BATCH), rows, failures);
            measure(name, "computeGradients", sparse ? () -> net.computeGradients(x, labels, BATCH)
                    : () -> net.computeGradients(x, targets, BATCH), rows, failures);
            measure(name, "predict(1)", () -> net.predict(x, 1, out), rows, failures);
            measure(name, "predict(" + MANY + ")", () -> net.predict(x, MANY, out), rows, failures);
            measure(name, "predictMonteCarlo(" + MANY + ", 3)", () -> net.predictMonteCarlo(x, MANY, 3, out), rows,
                    failures);
            freeze(net, false);
            measure(name, "trainBatch, frozen", sparse ? () -> net.trainBatch(x, labels, BATCH)
                    : () -> net.trainBatch(x, targets, BATCH), rows, failures);
            freeze(net, true);
            net.setThreads(2);
            try {
                measure(name, "trainBatch, 2 threads", sparse ? () -> net.trainBatch(x, labels, BATCH)
                        : () -> net.trainBatch(x, targets, BATCH), rows, failures);
                measure(name, "predict(" + MANY + "), 2 threads", () -> net.predict(x, MANY, out), rows, failures);
            } finally {
                net.setThreads(1);
            }
        }
        report(rows);
        assertTrue(failures.isEmpty(), failures.size() + " entry points allocate (bytes per call), at "
                + FloatVector.SPECIES_PREFERRED.vectorBitSize() + "-bit vectors:\n" + String.join("\n", failures));
    }

    private static void measure(String network, String entry, Runnable call, List<String> rows, List<String> failures) {
        double perCall = Allocations.settledBytesPerCall(call);
        String row = String.format("%-36s %-26s %10.1f", network, entry, perCall);
        rows.add(row);
        if (perCall != 0) {
            failures.add(row);
        }
    }

    /** Freezes (or unfreezes) every layer but the last that has parameters: the frozen paths of the passes. */
    private static void freeze(Model net, boolean trainable) {
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            Layer layer = layers.get(i);
            if (layer instanceof DenseLayer dense) {
                dense.setTrainable(trainable);
            } else if (layer instanceof BatchNormLayer bn) {
                bn.setTrainable(trainable);
            } else if (layer instanceof PReLULayer prelu) {
                prelu.setTrainable(trainable);
            }
        }
    }

    private static boolean usesLabels(Model net) {
        try {
            net.computeGradients(new float[INPUTS], new int[1], 1);
            return true;
        } catch (IllegalArgumentException wrongForm) {
            return false;
        }
    }

    /** Targets every loss accepts: one-hot rows (also valid binary and regression targets). */
    private static float[] targets(Model net) {
        int outputs = net.outputSize();
        float[] targets = new float[BATCH * outputs];
        for (int i = 0; i < BATCH; i++) {
            targets[i * outputs + i % outputs] = 1f;
        }
        return targets;
    }

    private static void report(List<String> rows) {
        String width = FloatVector.SPECIES_PREFERRED.vectorBitSize() + "bit";
        String jdk = Runtime.version().feature() + "";
        Path file = Path.of("target", "allocation", "jdk" + jdk + "-" + width + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
