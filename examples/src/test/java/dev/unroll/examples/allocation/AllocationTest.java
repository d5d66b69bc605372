package dev.unroll.examples.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After warm-up, the hot methods of a generated 784-300-100-10 network with batch normalization
 * allocate nothing: measured with {@link com.sun.management.ThreadMXBean} over windows of calls.
 * Warm-up lasts until the JIT has compiled the kernels (interpreted or C1-compiled Vector API code
 * allocates a box per vector); a method that allocates per call never reaches a zero window.
 */
class AllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WINDOW = 50;
    private static final int MAX_WINDOWS = 200;

    private final BatchNormMlp net = UnrolledBatchNormMlp.create();
    private final float[] x = new float[1000 * 784];
    private final int[] labels = new int[32];
    private final float[] out = new float[1000 * 10];

    AllocationTest() {
        Random random = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat();
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(10);
        }
    }

    @Test
    void trainBatchAllocatesNothing() {
        assertEquals(0, settledAllocation(() -> net.trainBatch(x, labels, 32)), "bytes per trainBatch window");
    }

    @Test
    void computeGradientsAllocatesNothing() {
        assertEquals(0, settledAllocation(() -> net.computeGradients(x, labels, 32)), "bytes per computeGradients window");
    }

    @Test
    void predictAllocatesNothing() {
        assertEquals(0, settledAllocation(() -> net.predict(x, 1, out)), "bytes per predict(1) window");
        assertEquals(0, settledAllocation(() -> net.predict(x, 1000, out)), "bytes per predict(1000) window");
    }

    /** With a helper thread, neither the caller nor the helper allocates per step. */
    @Test
    void twoThreadsAllocateNothing() {
        net.setThreads(2);
        try {
            assertEquals(1, helperIds().length, "helper threads");
            assertEquals(0, settledAllocation(() -> net.trainBatch(x, labels, 32)), "bytes per trainBatch window");
            assertEquals(0, settledAllocation(() -> net.predict(x, 1000, out)), "bytes per predict(1000) window");
        } finally {
            net.setThreads(1);
        }
    }

    /**
     * Runs windows of calls until one allocates nothing; returns the bytes of the last window,
     * counted on this thread and on every helper thread of the runtime.
     */
    private static long settledAllocation(Runnable call) {
        long[] helpers = helperIds();
        long bytes = -1;
        for (int w = 0; w < MAX_WINDOWS && bytes != 0; w++) {
            // reading the helpers' counters may allocate on this thread, so it stays outside this thread's window
            long helpersBefore = allocated(helpers);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < WINDOW; i++) {
                call.run();
            }
            bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
            bytes += allocated(helpers) - helpersBefore;
        }
        return bytes;
    }

    private static long[] helperIds() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("unroll-helper-"))
                .mapToLong(Thread::getId).toArray();
    }

    private static long allocated(long[] ids) {
        long sum = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids)) {
            sum += bytes;
        }
        return sum;
    }
}
