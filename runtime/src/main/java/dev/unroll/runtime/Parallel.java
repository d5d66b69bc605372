package dev.unroll.runtime;

import dev.unroll.kernels.MatMul;
import jdk.incubator.vector.FloatVector;
import java.lang.ref.Cleaner;

/**
 * The matrix products and optimizer updates of a generated network, on one thread or spread over
 * several ({@link dev.unroll.Model#setThreads}). Work is split where the result cannot tell: the
 * forward and input-gradient products by output columns, the weight gradient by rows of the
 * gradient, updates by index ranges, every boundary a multiple of the register block (columns,
 * rows) or of the vector length (updates). Each element
 * is then computed by the same instructions in the same order as on one thread, so results are
 * bit-identical whatever the thread count. Calls too small to repay the hand-off (a few
 * microseconds) run on the calling thread.
 */
public final class Parallel {
    /**
     * Multiply-adds below which a product stays on one thread: about 10 µs of work, so the hand-off
     * (a few µs) stays a small part of it. Time per multiply-add halves with each doubling of the
     * vector, so the bound follows the width: 2^19 at 16 lanes (512 bits), 2^17 at 4 (128 bits).
     */
    static final long MIN_PRODUCT = (1L << 15) * FloatVector.SPECIES_PREFERRED.length();
    /**
     * Weights (k × n floats) from which even a single row is split: a matrix-vector product streams
     * the weights once, from the last-level cache when they exceed one core's L2, and two cores
     * keep half each in their own L2.
     */
    static final long MIN_WEIGHTS = 1 << 17;
    /** Parameters below which an update stays on one thread. */
    static final int MIN_UPDATE = 1 << 15;
    /** Column split grain: the width of the register blocks (16 floats on AVX2). */
    private static final int COLUMNS = MatMul.COLUMN_BLOCK;
    /** Row split grain of the weight gradient: the height of the register blocks. */
    private static final int ROWS = MatMul.ROW_BLOCK;
    /** Index split grain of the updates: a multiple of any vector length. */
    private static final int INDICES = 64;

    private static final Cleaner CLEANER = Cleaner.create();

    private Team team;
    private Cleaner.Cleanable cleanable;
    /** The products' strip buffers, one per part of a split (part 0 also when on one thread). */
    private final Strips strips = new Strips();
    private final Products.Forward forwardTask = new Products.Forward(strips);
    private final Products.WeightGradient gradientTask = new Products.WeightGradient(strips);
    private final Updates.Sgd sgdTask = new Updates.Sgd();
    private final Updates.Momentum momentumTask = new Updates.Momentum();
    private final Updates.Adagrad adagradTask = new Updates.Adagrad();
    private final Updates.Rmsprop rmspropTask = new Updates.Rmsprop();
    private final Updates.Adam adamTask = new Updates.Adam();
    private final Updates.Nadam nadamTask = new Updates.Nadam();
    private final Updates.Adamax adamaxTask = new Updates.Adamax();

    /** Threads in use, 1 by default. */
    public int threads() {
        return team == null ? 1 : team.threads();
    }

    /**
     * Uses {@code threads} threads (the caller and {@code threads - 1} helpers started now); 1 stops
     * the helpers. The helpers are daemons and stop when {@code owner} becomes unreachable.
     */
    void setThreads(int threads, Object owner) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads == threads()) {
            return;
        }
        if (cleanable != null) {
            cleanable.clean();
            cleanable = null;
            team = null;
        }
        strips.parts(threads);
        if (threads > 1) {
            Team started = new Team(threads);
            team = started;
            cleanable = CLEANER.register(owner, started::stop);
        }
    }

    private boolean split(long work, long minimum) {
        return team != null && work >= minimum;
    }

    /** {@link MatMul#forward}, split by columns of {@code c}. */
    public void forward(int m, int n, int k, float[] a, int aOff, int lda, float[] w, int ldw, float[] bias,
                        float[] c, int ldc) {
        boolean pays = (long) m * n * k >= MIN_PRODUCT || (long) n * k >= MIN_WEIGHTS;
        if (team == null || !pays || n < 2 * COLUMNS) {
            forwardTask.set(m, k, a, aOff, lda, w, ldw, bias, c, ldc).run(0, 0, n);
            return;
        }
        team.run(forwardTask.set(m, k, a, aOff, lda, w, ldw, bias, c, ldc), n, COLUMNS);
    }

    /** {@link MatMul#inputGradient}, split by columns of {@code da}. */
    public void inputGradient(int m, int n, int k, float[] d, int ldd, float[] wt, int ldt, float[] da, int lda) {
        forward(m, k, n, d, 0, ldd, wt, ldt, null, da, lda);
    }

    /** {@link MatMul#weightGradient}, split by rows of {@code dw}. */
    public void weightGradient(int m, int n, int k, float[] a, int lda, float[] d, int ldd, float[] dw, int ldw,
                               float[] scratch) {
        if (!split((long) m * n * k, MIN_PRODUCT) || k < 2 * ROWS) {
            gradientTask.set(m, n, a, lda, d, ldd, dw, ldw, scratch).run(0, 0, k);
            return;
        }
        team.run(gradientTask.set(m, n, a, lda, d, ldd, dw, ldw, scratch), k, ROWS);
    }

    /** {@link dev.unroll.kernels.SgdUpdate#plain}. */
    public void sgd(float[] w, float[] g, int len, double learningRate, float scale, float bound) {
        run(sgdTask.set(w, g, learningRate, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.SgdUpdate#momentum}. */
    public void momentum(float[] w, float[] g, float[] v, int len, double learningRate, double momentum,
                         float scale, float bound) {
        run(momentumTask.set(false, w, g, v, learningRate, momentum, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.SgdUpdate#nesterov}. */
    public void nesterov(float[] w, float[] g, float[] v, int len, double learningRate, double momentum,
                         float scale, float bound) {
        run(momentumTask.set(true, w, g, v, learningRate, momentum, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.AdagradUpdate#update}. */
    public void adagrad(float[] w, float[] g, float[] s, int len, double learningRate, double epsilon,
                        float scale, float bound) {
        run(adagradTask.set(w, g, s, learningRate, epsilon, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.RmspropUpdate#update}. */
    public void rmsprop(float[] w, float[] g, float[] s, float[] gBar, float[] v, int len, double learningRate,
                        double rho, double momentum, double epsilon, float scale, float bound) {
        run(rmspropTask.set(w, g, s, gBar, v, learningRate, rho, momentum, epsilon, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.AdamUpdate#update}. */
    public void adam(float[] w, float[] g, float[] m, float[] v, float[] vHat, int len, double alphaT,
                     double beta1, double beta2, double epsilon, float scale, float bound) {
        run(adamTask.set(w, g, m, v, vHat, alphaT, beta1, beta2, epsilon, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.NadamUpdate#update}. */
    public void nadam(float[] w, float[] g, float[] m, float[] v, int len, double learningRate, double cm, double cg,
                      double cv, double beta1, double beta2, double epsilon, float scale, float bound) {
        run(nadamTask.set(w, g, m, v, learningRate, cm, cg, cv, beta1, beta2, epsilon, scale, bound), len);
    }

    /** {@link dev.unroll.kernels.AdamaxUpdate#update}. */
    public void adamax(float[] w, float[] g, float[] m, float[] u, int len, double alphaT, double beta1,
                       double beta2, double epsilon, float scale, float bound) {
        run(adamaxTask.set(w, g, m, u, alphaT, beta1, beta2, epsilon, scale, bound), len);
    }

    private void run(Team.Task task, int len) {
        if (split(len, MIN_UPDATE)) {
            team.run(task, len, INDICES);
        } else {
            task.run(0, len);
        }
    }
}
