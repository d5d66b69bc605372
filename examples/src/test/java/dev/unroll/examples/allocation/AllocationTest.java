package dev.unroll.examples.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After warm-up, the hot methods of a generated 784-300-100-10 network with batch normalization
 * allocate nothing: measured with {@link com.sun.management.ThreadMXBean} over windows of calls.
 * Warm-up lasts until the JIT has compiled the kernels (interpreted or C1-compiled Vector API code
 * allocates a box per vector); a method that allocates per call never reaches a zero window.
 */
@Tag("widths")
class AllocationTest {
    private final BatchNormMlp net = UnrolledBatchNormMlp.create();
    private final float[] x = new float[100 * 784];
    private final int[] labels = new int[32];
    private final float[] out = new float[100 * 10];

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
        assertEquals(0.0, settledAllocation(() -> net.trainBatch(x, labels, 32)), "bytes per trainBatch call");
    }

    @Test
    void computeGradientsAllocatesNothing() {
        assertEquals(0.0, settledAllocation(() -> net.computeGradients(x, labels, 32)), "bytes per computeGradients call");
    }

    @Test
    void predictAllocatesNothing() {
        assertEquals(0.0, settledAllocation(() -> net.predict(x, 1, out)), "bytes per predict(1) call");
        assertEquals(0.0, settledAllocation(() -> net.predict(x, 100, out)), "bytes per predict(100) call");
    }

    /** With a helper thread, neither the caller nor the helper allocates per step. */
    @Test
    void twoThreadsAllocateNothing() {
        net.setThreads(2);
        try {
            assertEquals(1, helperIds().length, "helper threads");
            assertEquals(0.0, settledAllocation(() -> net.trainBatch(x, labels, 32)), "bytes per trainBatch call");
            assertEquals(0.0, settledAllocation(() -> net.predict(x, 100, out)), "bytes per predict(100) call");
        } finally {
            net.setThreads(1);
        }
    }

    private static double settledAllocation(Runnable call) {
        return Allocations.settledBytesPerCall(call);
    }

    private static long[] helperIds() {
        return Allocations.helperIds();
    }
}
