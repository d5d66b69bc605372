package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unroll.kernels.AdagradUpdate;
import dev.unroll.kernels.AdamUpdate;
import dev.unroll.kernels.MatMul;
import dev.unroll.kernels.RmspropUpdate;
import dev.unroll.kernels.SgdUpdate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every split operation of {@link Parallel} on two and three threads against the one-thread kernel:
 * bit for bit, for shapes above the split thresholds with ragged edges, and below them.
 */
@Tag("widths")
class ParallelTest {
    private final SplittableRandom rng = new SplittableRandom(11);
    private final Object owner = new Object();
    private final Parallel parallel = new Parallel();

    @AfterEach
    void stop() {
        parallel.setThreads(1, owner);
    }

    private float[] random(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return a;
    }

    private float[] positive(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (0.01 + rng.nextDouble());
        }
        return a;
    }

    /** m × k by k × n shapes: above the threshold with ragged widths, and one below it. */
    private static final int[][] SHAPES = {{128, 300, 784}, {32, 304, 784}, {33, 100, 301}, {7, 259, 515}, {4, 16, 8}};

    @Test
    void forwardMatchesOneThread() {
        for (int threads : new int[] {2, 3}) {
            parallel.setThreads(threads, owner);
            for (int[] s : SHAPES) {
                int m = s[0], n = s[1], k = s[2];
                float[] a = random(m * k + 3), w = random(k * n), bias = random(n);
                float[] want = new float[m * n], got = new float[m * n];
                MatMul.forward(m, n, k, a, 3, k, w, n, bias, want, n);
                parallel.forward(m, n, k, a, 3, k, w, n, bias, got, n);
                assertArrayEquals(want, got, threads + " threads, forward " + m + "x" + k + "x" + n);
            }
        }
    }

    @Test
    void gradientsMatchOneThread() {
        for (int threads : new int[] {2, 3}) {
            parallel.setThreads(threads, owner);
            for (int[] s : SHAPES) {
                int m = s[0], n = s[1], k = s[2];
                float[] a = random(m * k), d = random(m * n), w = random(k * n), wt = new float[n * k];
                MatMul.transpose(w, k, n, n, wt, k);
                float[] wantDw = new float[k * n], gotDw = new float[k * n];
                MatMul.weightGradient(m, n, k, a, k, d, n, wantDw, n, new float[k * m]);
                parallel.weightGradient(m, n, k, a, k, d, n, gotDw, n, new float[k * m]);
                assertArrayEquals(wantDw, gotDw, threads + " threads, weight gradient " + m + "x" + k + "x" + n);
                float[] wantDa = new float[m * k], gotDa = new float[m * k];
                MatMul.inputGradient(m, n, k, d, n, wt, k, wantDa, k);
                parallel.inputGradient(m, n, k, d, n, wt, k, gotDa, k);
                assertArrayEquals(wantDa, gotDa, threads + " threads, input gradient " + m + "x" + k + "x" + n);
            }
        }
    }

    private interface Rule {
        void apply(Parallel on, float[][] s, float[] g, int n);
    }

    private void checkUpdate(String name, Rule parallelRule, Rule kernel) {
        for (int threads : new int[] {2, 3}) {
            parallel.setThreads(threads, owner);
            for (int n : new int[] {238_336, 100_003, 40_000, 1000}) {
                float[][] start = {random(n), positive(n), random(n), positive(n)};
                float[][] want = copy(start), got = copy(start);
                for (int step = 0; step < 2; step++) {
                    float[] g = random(n);
                    kernel.apply(null, want, g, n);
                    parallelRule.apply(parallel, got, g, n);
                }
                for (int i = 0; i < start.length; i++) {
                    assertArrayEquals(want[i], got[i], threads + " threads, " + name + " n=" + n + " array " + i);
                }
            }
        }
    }

    private static float[][] copy(float[][] arrays) {
        float[][] c = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            c[i] = arrays[i].clone();
        }
        return c;
    }

    @Test
    void updatesMatchOneThread() {
        checkUpdate("sgd", (p, s, g, n) -> p.sgd(s[0], g, n, 0.01, 0.5f, 0.3f),
                (p, s, g, n) -> SgdUpdate.plain(s[0], g, 0, n, 0.01, 0.5f, 0.3f));
        checkUpdate("momentum", (p, s, g, n) -> p.momentum(s[0], g, s[2], n, 0.01, 0.9, 1f, Float.POSITIVE_INFINITY),
                (p, s, g, n) -> SgdUpdate.momentum(s[0], g, s[2], 0, n, 0.01, 0.9, 1f, Float.POSITIVE_INFINITY));
        checkUpdate("nesterov", (p, s, g, n) -> p.nesterov(s[0], g, s[2], n, 0.01, 0.9, 1f, Float.POSITIVE_INFINITY),
                (p, s, g, n) -> SgdUpdate.nesterov(s[0], g, s[2], 0, n, 0.01, 0.9, 1f, Float.POSITIVE_INFINITY));
        checkUpdate("adagrad", (p, s, g, n) -> p.adagrad(s[0], g, s[1], n, 0.01, 1e-7, 1f, Float.POSITIVE_INFINITY),
                (p, s, g, n) -> AdagradUpdate.update(s[0], g, s[1], 0, n, 0.01, 1e-7, 1f, Float.POSITIVE_INFINITY));
        checkUpdate("rmsprop", (p, s, g, n) -> p.rmsprop(s[0], g, s[1], s[2], s[3], n, 0.001, 0.9, 0.5, 1e-7, 1f, 0.2f),
                (p, s, g, n) -> RmspropUpdate.update(s[0], g, s[1], s[2], s[3], 0, n, 0.001, 0.9, 0.5, 1e-7, 1f, 0.2f));
        checkUpdate("adam", (p, s, g, n) -> p.adam(s[0], g, s[1], s[3], s[2], n, 0.001, 0.9, 0.999, 1e-7, 1f,
                        Float.POSITIVE_INFINITY),
                (p, s, g, n) -> AdamUpdate.update(s[0], g, s[1], s[3], s[2], 0, n, 0.001, 0.9, 0.999, 1e-7, 1f,
                        Float.POSITIVE_INFINITY));
    }

    @Test
    void threadCountIsCheckedAndReported() {
        assertEquals(1, parallel.threads());
        parallel.setThreads(2, owner);
        assertEquals(2, parallel.threads());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parallel.setThreads(0, owner));
        assertEquals("threads must be at least 1, got 0", e.getMessage());
        assertEquals(2, parallel.threads());
        parallel.setThreads(1, owner);
        assertEquals(1, parallel.threads());
    }

    @Test
    void helpersStopWhenAskedTo() throws InterruptedException {
        parallel.setThreads(3, owner);
        assertEquals(2, helpers());
        parallel.setThreads(1, owner);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (helpers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, helpers());
    }

    private static long helpers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("unroll-helper-")).count();
    }
}
