package dev.unroll.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.LearningRateSchedule;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, case 5: a model is not thread-safe, and a second thread inside it gets a {@link
 * ConcurrentModificationException} naming both calls instead of an IndexOutOfBoundsException from
 * a kernel or a step count that is off. The model's own helper threads ({@code setThreads}) are not
 * callers.
 */
class ConcurrentUseTest {
    private static final DataSet DATA = NonFiniteTest.labeled(64, 4, 3, 1, Float.NaN);

    @Test
    void aSecondThreadIsToldWhatTheFirstIsDoing() throws Exception {
        Networks.Normalized net = UnrolledNetworks_Normalized.create();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        float[] sameThread = new float[3];
        LearningRateSchedule blocking = step -> {
            net.predict(new float[4], 1, sameThread); // the fitting thread itself may call in
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0.01;
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread trainer = new Thread(() -> {
            try {
                net.fit(DATA, Training.epochs(1).progress(Progress.SILENT).schedule(blocking));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "trainer");
        trainer.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                () -> net.predict(new float[4], 1, new float[3]));
        assertTrue(e.getMessage().contains("called predict while thread \"trainer\" is in fit"), e.getMessage());
        assertThrows(ConcurrentModificationException.class, () -> net.trainBatch(new float[4], new int[1], 1));
        assertThrows(ConcurrentModificationException.class, () -> net.setLearningRate(1));
        assertThrows(ConcurrentModificationException.class, () -> net.save(java.nio.file.Path.of("unused")));
        release.countDown();
        trainer.join();
        assertEquals(null, failure.get());
        assertEquals(4, net.steps(), "the fit's steps, and only those");
        net.predict(new float[4], 1, new float[3]); // free again
    }

    /** The reported race: trainBatch on one thread, predict on another; with and without helper threads. */
    @Test
    void racingCallsGetTheExceptionAndNeverCorruptTheStepCount() throws Exception {
        for (int threads : new int[] {1, 2}) {
            Networks.Normalized net = UnrolledNetworks_Normalized.create();
            net.setThreads(threads);
            float[] x = DATA.features();
            int[] y = DATA.labels();
            AtomicLong trained = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            AtomicReference<Throwable> other = new AtomicReference<>();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            Thread a = new Thread(() -> loop(deadline, refused, other, () -> {
                net.trainBatch(x, y, 16);
                trained.incrementAndGet();
            }));
            Thread b = new Thread(() -> loop(deadline, refused, other, () -> net.predict(x, 64, new float[64 * 3])));
            a.start();
            b.start();
            a.join();
            b.join();
            net.setThreads(1);
            assertEquals(null, other.get(), "only ConcurrentModificationException");
            assertEquals(trained.get(), net.steps(), "every counted step, no other");
            assertTrue(trained.get() > 0 && refused.get() > 0, trained + " steps, " + refused + " refused");
        }
    }

    private static void loop(long deadline, AtomicLong refused, AtomicReference<Throwable> other, Runnable call) {
        while (System.nanoTime() < deadline && other.get() == null) {
            try {
                call.run();
            } catch (ConcurrentModificationException e) {
                refused.incrementAndGet();
            } catch (Throwable t) {
                other.compareAndSet(null, t);
            }
        }
    }
}
