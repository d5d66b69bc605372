package dev.unroll.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ConcurrentModificationException;

/**
 * Detects two threads inside one network at once. A model is not thread-safe; without this, a
 * {@code predict} racing a {@code trainBatch} silently mixes their buffers or throws from inside a
 * kernel. Each public entry point of {@link GeneratedNetwork} claims the network for the calling
 * thread with one compare-and-set and releases it on the way out; a second thread gets a {@link
 * ConcurrentModificationException} naming both calls, and nothing of the network changes on its
 * behalf. The same thread may re-enter (a learning-rate schedule that reads the model inside {@code
 * fit}). The network's own helper threads ({@code setThreads}) never pass through here. Costs one
 * uncontended CAS and one release store per call, and allocates nothing.
 */
final class Guard {
    private static final VarHandle USER;

    static {
        try {
            USER = MethodHandles.lookup().findVarHandle(Guard.class, "user", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // through USER
    private Thread user;
    /** What the current user is doing, for the message (a constant string: no allocation). */
    private String activity;

    /** Claims the network for this thread; false when this thread already holds it (then do not {@link #exit}). */
    boolean enter(String what) {
        Thread me = Thread.currentThread();
        if (USER.compareAndSet(this, null, me)) {
            activity = what;
            return true;
        }
        if (USER.getOpaque(this) == me) {
            return false;
        }
        throw busy(what);
    }

    /** Releases the network when {@link #enter} claimed it. */
    void exit(boolean entered) {
        if (entered) {
            activity = null;
            USER.setRelease(this, null);
        }
    }

    private ConcurrentModificationException busy(String what) {
        Thread other = (Thread) USER.getOpaque(this);
        String doing = activity;
        return new ConcurrentModificationException("thread \"" + Thread.currentThread().getName() + "\" called " + what
                + " while thread \"" + (other == null ? "?" : other.getName()) + "\" is in "
                + (doing == null ? "another call" : doing) + " on the same network. A model is not thread-safe:"
                + " use one network per thread (create() or load() a copy), or synchronize the calls");
    }
}
