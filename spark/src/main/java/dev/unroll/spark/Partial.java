package dev.unroll.spark;

import java.io.Serializable;

/**
 * What replicas send up the aggregation tree: the sum of their flat training states (parameters,
 * moving statistics, optimizer state) and of their losses and right answers. {@link #plus} makes
 * a new object and is exactly commutative (float addition is), so a binary tree of sums gives the
 * same bits whichever side arrives first.
 */
final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    final float[] state;
    final double lossSum;
    final long right;
    final long answers;
    final long seen;
    /** The slowest replica's training time in this round, and its time to build and load its copy. */
    final long computeNanos;
    final long setupNanos;

    Partial(float[] state, double lossSum, long right, long answers, long seen, long computeNanos, long setupNanos) {
        this.state = state;
        this.lossSum = lossSum;
        this.right = right;
        this.answers = answers;
        this.seen = seen;
        this.computeNanos = computeNanos;
        this.setupNanos = setupNanos;
    }

    Partial plus(Partial o) {
        float[] sum = new float[state.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = state[i] + o.state[i];
        }
        return new Partial(sum, lossSum + o.lossSum, right + o.right, answers + o.answers, seen + o.seen,
                Math.max(computeNanos, o.computeNanos), Math.max(setupNanos, o.setupNanos));
    }
}
