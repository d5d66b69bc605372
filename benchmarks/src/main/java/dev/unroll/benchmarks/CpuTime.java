package dev.unroll.benchmarks;

import dev.unroll.kernels.Activations;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Medians of thread CPU time per call, for a machine that other work shares: time spent waiting for
 * a core is not counted, which makes before/after comparisons possible where JMH's wall-clock
 * figures swing too far (BENCHMARKS.md). Runs the exponential activations over 128 × 304 values
 * and {@code trainBatch} of {@link Mlp32} and {@link BnElu32}; prints one line.
 * {@code java --add-modules=jdk.incubator.vector -cp … dev.unroll.benchmarks.CpuTime}
 */
public final class CpuTime {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    /** The median over {@code windows} windows of {@code calls} calls, in µs per call. */
    static double median(Runnable call, int calls, int windows) {
        double[] perCall = new double[windows];
        for (int w = 0; w < windows; w++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                call.run();
            }
            perCall[w] = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / calls;
        }
        Arrays.sort(perCall);
        return perCall[windows / 2];
    }

    public static void main(String[] args) {
        ActivationKernels kernels = new ActivationKernels();
        Mlp32 mlp = UnrolledMlp32.create();
        BnElu32 bnElu = UnrolledBnElu32.create();
        Random random = new Random(5);
        float[] x = new float[32 * 784];
        int[] labels = new int[32];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat();
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(10);
        }
        String[] names = {"sigmoid", "tanh", "elu", "selu", "mlpBatch32", "bnEluBatch32"};
        Runnable[] calls = {kernels::sigmoid, kernels::tanh, kernels::elu, kernels::selu,
                () -> mlp.trainBatch(x, labels, 32), () -> bnElu.trainBatch(x, labels, 32)};
        int[] perWindow = {200, 200, 200, 200, 20, 20};
        for (int k = 0; k < calls.length; k++) {
            median(calls[k], perWindow[k], 60); // warm-up: the JIT compiles
        }
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < calls.length; k++) {
            line.append(String.format(Locale.ROOT, "%s=%.1f µs  ", names[k], median(calls[k], perWindow[k], 15)));
        }
        System.out.println(line.toString().trim());
    }
}
