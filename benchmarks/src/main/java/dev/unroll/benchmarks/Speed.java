package dev.unroll.benchmarks;

import dev.unroll.kernels.MatMul;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import jdk.incubator.vector.FloatVector;

/**
 * Every figure of the speed goals at the vector width of this JVM, in one process: the FMA peak of
 * that width, the three products of the 784 → 300 layer at batch 32 and 128, a training step of
 * 784-300-100-10 (ReLU, He, Adam) at batch 32 and 128 on one thread and on two, and
 * {@code predict} of one row on one thread and on two with, as its floor, the time to stream the
 * same weights once ({@code stream}); and the figures of the fused-update decision
 * ({@link FusedUpdate}: the layer's weight gradient and Adam apart and fused, Adam from memory and
 * from L1) and of the one-row layout ({@link RowLayout}: the first layer's product of one row with
 * the weights in place and in contiguous strips). {@link Compare} runs it once per width in forked JVMs
 * ({@code -XX:MaxVectorSize}), alternating with the PyTorch peer.
 *
 * <p>Each figure is the median wall-clock time per call over {@value #WINDOWS} windows of about
 * {@value #WINDOW_MILLIS} ms, after a warm-up that lasts until the speed is steady: on a quiet machine the
 * median of short windows is steady to a few per cent, and a window another process disturbed
 * falls out of it. Prints one line {@code speed key=µs ...} that {@link Compare} parses, then a
 * readable table.
 */
public final class Speed {
    static final int WINDOWS = 15;
    static final long WINDOW_MILLIS = 60;
    static final long WARM_UP_MILLIS = 500;
    /** FLOP of one training example of 784-300-100-10: the forward and weight-gradient products of
     *  the three layers and the input gradients of the upper two (the first layer's is not needed). */
    static final double TRAINING_FLOPS = 2.0 * (2 * (784 * 300 + 300 * 100 + 100 * 10) + 300 * 100 + 100 * 10);
    /**
     * Floats of 784-300-100-10's weights as {@code predict} of one row reads them (rows padded to
     * whole 16-float vectors): what the {@code stream} figure reads, the bandwidth floor of
     * {@code predict1}.
     */
    static final int WEIGHT_FLOATS = 784 * 304 + 300 * 112 + 100 * 16;
    /** Useful FLOP of one row of one product of the 784 → 300 layer. */
    static final double PRODUCT_FLOPS = 2.0 * Kernels.IN * Kernels.UNITS;

    private Speed() {}

    public static void main(String[] args) {
        Map<String, Double> micros = measureAll();
        StringBuilder line = new StringBuilder("speed bits=" + FloatVector.SPECIES_PREFERRED.vectorBitSize());
        line.append(String.format(Locale.ROOT, " peak=%.2f", peak(micros)));
        micros.forEach((name, us) -> line.append(String.format(Locale.ROOT, " %s=%.4f", name, us)));
        System.out.println(line);
        System.out.println(describe(micros));
    }

    static Map<String, Double> measureAll() {
        Map<String, Double> micros = new LinkedHashMap<>();
        FmaPeak peak = new FmaPeak();
        micros.put("fma", median(() -> Float.floatToRawIntBits(peak.fma())));
        for (int m : new int[] {32, 128}) {
            Kernels k = new Kernels();
            k.m = m;
            k.setUp();
            micros.put("forward" + m, median(() -> k.forward().length));
            micros.put("inputGradient" + m, median(() -> k.inputGradient().length));
            micros.put("weightGradient" + m, median(() -> k.weightGradient().length));
            FusedUpdate f = new FusedUpdate(m);
            micros.put("gradientAdam" + m, median(() -> Float.floatToRawIntBits(f.unfused())));
            micros.put("gradientAdamFused" + m, median(() -> Float.floatToRawIntBits(f.fused())));
        }
        FusedUpdate updates = new FusedUpdate(1);
        micros.put("adam", median(() -> Float.floatToRawIntBits(updates.update())));
        micros.put("adamInL1", median(() -> Float.floatToRawIntBits(updates.updateInL1())));
        Inputs small = new Inputs(32), large = new Inputs(128), one = new Inputs(1);
        Mlp32 mlp32 = UnrolledMlp32.create();
        Mlp128 mlp128 = UnrolledMlp128.create();
        IntSupplier train32 = () -> {
            small.advance();
            return Float.floatToRawIntBits(mlp32.trainBatch(small.x(), small.labels(), 32));
        };
        IntSupplier train128 = () -> {
            large.advance();
            return Float.floatToRawIntBits(mlp128.trainBatch(large.x(), large.labels(), 128));
        };
        float[] out = new float[Inputs.CLASSES];
        IntSupplier predict1 = () -> {
            one.advance();
            mlp128.predict(one.x(), 1, out);
            return Float.floatToRawIntBits(out[0]);
        };
        micros.put("train32", median(train32));
        micros.put("train128", median(train128));
        float[] weights = new float[WEIGHT_FLOATS];
        micros.put("stream", median(() -> Float.floatToRawIntBits(Stream.sum(weights))));
        micros.put("predict1", median(predict1));
        RowLayout layout = new RowLayout();
        micros.put("row784", median(() -> Float.floatToRawIntBits(layout.inPlace())));
        micros.put("row784Contiguous", median(() -> Float.floatToRawIntBits(layout.contiguous())));
        mlp128.setThreads(2);
        micros.put("train128x2", median(train128));
        micros.put("predict1x2", median(predict1));
        mlp32.setThreads(2);
        micros.put("train32x2", median(train32));
        mlp128.setThreads(1);
        mlp32.setThreads(1);
        return micros;
    }

    /**
     * Median µs per call; the result of every call is folded into {@link #sink} so none is dead code.
     * Warm-up lasts until two successive windows of {@value #WARM_UP_MILLIS} ms agree within 5% (the
     * first calls of a Vector API kernel run interpreted, thousands of times slower, until C2 has
     * compiled it), at most ten windows.
     */
    static double median(IntSupplier call) {
        double previous = Double.MAX_VALUE;
        long calls = 0;
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime(), end = start + WARM_UP_MILLIS * 1_000_000;
            calls = 0;
            while (System.nanoTime() < end) {
                sink += call.getAsInt();
                calls++;
            }
            double perCall = (System.nanoTime() - start) / (double) calls;
            if (Math.abs(perCall - previous) < 0.05 * previous) {
                break;
            }
            previous = perCall;
        }
        int perWindow = (int) Math.max(1, calls * WINDOW_MILLIS / WARM_UP_MILLIS);
        double[] perCall = new double[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            long start = System.nanoTime();
            for (int i = 0; i < perWindow; i++) {
                sink += call.getAsInt();
            }
            perCall[w] = (System.nanoTime() - start) / 1e3 / perWindow;
        }
        Arrays.sort(perCall);
        return perCall[WINDOWS / 2];
    }

    static volatile long sink;

    /** The FMA peak in GFLOP/s from the measured {@code fma} figure. */
    static double peak(Map<String, Double> micros) {
        return FmaPeak.FLOPS / micros.get("fma") / 1e3;
    }

    /** A readable table of one JVM's figures. */
    static String describe(Map<String, Double> us) {
        double peak = peak(us);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s, %s: FMA peak %.1f GFLOP/s%n",
                Cpu.model(), FloatVector.SPECIES_PREFERRED, peak));
        for (String name : us.keySet()) {
            s.append(String.format(Locale.ROOT, "  %-18s %10.1f µs  %s  %s%n", name, us.get(name), result(name, us.get(name)),
                    share(name, us.get(name), peak)));
        }
        return s.toString();
    }

    /** GFLOP/s of a figure that counts FLOP, or NaN. */
    static double gflops(String name, double us) {
        if (name.startsWith("forward") || name.startsWith("inputGradient") || name.startsWith("weightGradient")) {
            return PRODUCT_FLOPS * Integer.parseInt(name.replaceAll("\\D", "")) / us / 1e3;
        }
        if (name.startsWith("train")) {
            return batch(name) / us * 1e6 * TRAINING_FLOPS / 1e9;
        }
        return Double.NaN;
    }

    private static int batch(String name) {
        return Integer.parseInt(name.replaceAll("x2$", "").replaceAll("\\D", ""));
    }

    /** What a figure is stated in: GFLOP/s, examples per second, GB/s, or µs. */
    static String result(String name, double us) {
        if (name.startsWith("adam")) {
            return String.format(Locale.ROOT, "%.2f ns per parameter", us * 1e3 / FusedUpdate.PARAMETERS);
        }
        if (name.equals("stream")) {
            return String.format(Locale.ROOT, "%.1f GB/s", WEIGHT_FLOATS * 4.0 / us / 1e3);
        }
        if (name.startsWith("train")) {
            return String.format(Locale.ROOT, "%,.0f examples/s", batch(name) / us * 1e6);
        }
        double g = gflops(name, us);
        return Double.isNaN(g) ? String.format(Locale.ROOT, "%.1f µs", us) : String.format(Locale.ROOT, "%.1f GFLOP/s", g);
    }

    /** The share of the FMA peak, for figures that count FLOP: of two cores' peak for the two-thread figures. */
    static String share(String name, double us, double peak) {
        double g = gflops(name, us);
        double cores = name.endsWith("x2") ? 2 : 1;
        return Double.isNaN(g) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * g / (cores * peak));
    }
}
