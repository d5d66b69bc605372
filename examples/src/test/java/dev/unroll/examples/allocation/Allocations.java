package dev.unroll.examples.allocation;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per call once the JIT has settled, measured with
 * {@link com.sun.management.ThreadMXBean} on the calling thread and on every helper thread of the
 * runtime. Warm-up lasts until {@value #QUIET_WINDOWS} windows of calls in a row allocate nothing
 * (interpreted or C1-compiled Vector API code allocates a box per vector). A method that allocates,
 * even now and then, never gets there within {@value #MAX_WINDOWS} windows and 3 seconds; its last
 * window that allocated is what is reported.
 */
final class Allocations {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    static final int WINDOW = 50;
    /** A call that still allocates after this many windows and this long is reported. */
    private static final int MAX_WINDOWS = 200;
    private static final long MAX_NANOS = 3_000_000_000L;
    /** Settled means this many windows in a row without a byte: an occasional allocation shows. */
    private static final int QUIET_WINDOWS = 4;

    private Allocations() {}

    /** 0 once the calls have settled to no allocation, else the bytes per call of the last window that allocated. */
    static double settledBytesPerCall(Runnable call) {
        long[] helpers = helperIds();
        long bytes = -1;
        long lastAllocated = 0;
        int quiet = 0;
        long start = System.nanoTime();
        // fast calls reach the window count before C2 has compiled them: wait for the time too
        for (int w = 0; quiet < QUIET_WINDOWS && (w < MAX_WINDOWS || System.nanoTime() - start < MAX_NANOS); w++) {
            // reading the helpers' counters may allocate on this thread, so it stays outside this thread's window
            long helpersBefore = allocated(helpers);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < WINDOW; i++) {
                call.run();
            }
            bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
            bytes += allocated(helpers) - helpersBefore;
            quiet = bytes == 0 ? quiet + 1 : 0;
            lastAllocated = bytes == 0 ? lastAllocated : bytes;
        }
        return quiet >= QUIET_WINDOWS ? 0 : (double) lastAllocated / WINDOW;
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
