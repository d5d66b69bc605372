package dev.unroll.examples.allocation;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per call once the JIT has settled, measured with
 * {@link com.sun.management.ThreadMXBean} on the calling thread and on every helper thread of the
 * runtime. Warm-up lasts until a window of calls allocates nothing (interpreted or C1-compiled
 * Vector API code allocates a box per vector); a method that allocates on every call never reaches
 * such a window within {@value #MAX_WINDOWS} windows and 3 seconds, and its last window is what is
 * reported.
 */
final class Allocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    static final int WINDOW = 50;
    /** A call that still allocates after this many windows and this long is reported. */
    private static final int MAX_WINDOWS = 200;
    private static final long MAX_NANOS = 3_000_000_000L;

    private Allocations() {}

    /** The bytes per call of the first window that allocates nothing, or of the last window tried. */
    static double settledBytesPerCall(Runnable call) {
        long[] helpers = helperIds();
        long bytes = -1;
        long start = System.nanoTime();
        // fast calls reach the window count before C2 has compiled them: wait for the time too
        for (int w = 0; bytes != 0 && (w < MAX_WINDOWS || System.nanoTime() - start < MAX_NANOS); w++) {
            // reading the helpers' counters may allocate on this thread, so it stays outside this thread's window
            long helpersBefore = allocated(helpers);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < WINDOW; i++) {
                call.run();
            }
            bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
            bytes += allocated(helpers) - helpersBefore;
        }
        return (double) bytes / WINDOW;
    }

    static long[] helperIds() {
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
