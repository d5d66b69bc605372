package dev.unroll.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The calling thread and {@code threads - 1} helper threads that share one task at a time. A task
 * is cut into one fixed part per thread; whoever is free claims the next part, so a helper that the
 * operating system has not scheduled simply leaves its part to the caller (never slower than the
 * caller alone by more than the hand-off) and the parts, not the threads, decide the bits.
 *
 * <p>Nothing is allocated per task: the task object and its bounds are reused, the hand-off is a
 * volatile generation counter. Helpers spin for {@link #SPIN_NANOS} after a task, since the next
 * one usually follows within microseconds, and then park; the caller spins at most
 * {@link #WAIT_NANOS} for the last part and then parks too, so a busy machine costs wake-ups, not a
 * core burnt in a loop.
 */
final class Team {
    /** A piece of work over an index range. */
    interface Task {
        void run(int from, int to);

        /** {@code part}: which part of the run this is (0 to threads - 1), for tasks that keep a buffer per part. */
        default void run(int part, int from, int to) {
            run(from, to);
        }
    }

    static final long SPIN_NANOS = 200_000;
    static final long WAIT_NANOS = 50_000;

    private final Thread[] helpers;
    private final int[] bounds;
    private final AtomicInteger claimed = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int generation;
    private volatile boolean stopped;
    private volatile Thread waiter;
    private final AtomicIntegerArray parked;
    private volatile Throwable failure;
    private Task task;
    private int parts;

    Team(int threads) {
        bounds = new int[threads + 1];
        helpers = new Thread[threads - 1];
        parked = new AtomicIntegerArray(threads - 1);
        for (int h = 0; h < helpers.length; h++) {
            int index = h;
            helpers[h] = new Thread(() -> help(index), "unroll-helper-" + (h + 1));
            helpers[h].setDaemon(true);
            helpers[h].start();
        }
    }

    int threads() {
        return bounds.length - 1;
    }

    /**
     * Runs {@code task} over [0, n) cut into one part per thread, each boundary a multiple of
     * {@code grain}; returns when every part is done.
     */
    void run(Task task, int n, int grain) {
        int threads = threads();
        for (int t = 0; t <= threads; t++) {
            bounds[t] = Math.min(n, (int) ((long) n * t / threads / grain * grain));
        }
        bounds[threads] = n;
        this.task = task;
        this.parts = threads;
        finished.set(0);
        claimed.set(0);
        generation++;
        for (int h = 0; h < helpers.length; h++) {
            if (parked.get(h) != 0) {
                LockSupport.unpark(helpers[h]);
            }
        }
        work();
        await();
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("a helper thread failed", t);
        }
    }

    void stop() {
        stopped = true;
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
    }

    private void work() {
        for (int part; (part = claimed.getAndIncrement()) < parts; ) {
            try {
                task.run(part, bounds[part], bounds[part + 1]);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (finished.incrementAndGet() == parts) {
                Thread w = waiter;
                if (w != null) {
                    LockSupport.unpark(w);
                }
            }
        }
    }

    private void await() {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (finished.get() < parts) {
            if (System.nanoTime() < deadline) {
                Thread.onSpinWait();
                continue;
            }
            waiter = Thread.currentThread();
            while (finished.get() < parts) {
                LockSupport.park(this);
            }
            waiter = null;
        }
    }

    private void help(int index) {
        int seen = generation;
        while (!stopped) {
            if (generation != seen) {
                seen = generation;
                work();
                continue;
            }
            long deadline = System.nanoTime() + SPIN_NANOS;
            while (generation == seen && !stopped && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (generation == seen && !stopped) {
                parked.set(index, 1);
                if (generation == seen && !stopped) {
                    LockSupport.park(this);
                }
                parked.set(index, 0);
            }
        }
    }
}
