package dev.unroll.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the wall time of data-parallel training went, round by round, as the driver saw it:
 * making the broadcast, the round's Spark job (tasks plus the tree of sums), the average on the
 * driver; and from the replicas, the slowest one's training time and its time to build its copy and
 * load the state. The job's time minus the slowest training time is the round's overhead:
 * scheduling, shipping the state out and the sums back.
 */
public final class RoundTimes {
    long prepareNanos;
    private final List<long[]> rounds = new ArrayList<>();

    void add(long broadcast, long job, long average, long compute, long setup, int steps) {
        rounds.add(new long[] {broadcast, job, average, compute, setup, steps});
    }

    /** Seconds spent reading, sharding and caching the data before the first round. */
    public double prepareSeconds() {
        return prepareNanos / 1e9;
    }

    public int rounds() {
        return rounds.size();
    }

    /** The median over rounds of one column, in milliseconds. */
    private double median(int column) {
        if (rounds.isEmpty()) {
            return Double.NaN;
        }
        double[] v = rounds.stream().mapToDouble(r -> r[column] / 1e6).sorted().toArray();
        return v[v.length / 2];
    }

    public double medianBroadcastMillis() {
        return median(0);
    }

    /** The round's job: tasks and tree aggregation, as the driver waits for it. */
    public double medianJobMillis() {
        return median(1);
    }

    public double medianAverageMillis() {
        return median(2);
    }

    /** The slowest replica's optimizer steps. */
    public double medianComputeMillis() {
        return median(3);
    }

    /** The slowest replica's making of its copy and loading of the state. */
    public double medianSetupMillis() {
        return median(4);
    }

    /** Per round: everything but the slowest replica's steps. */
    public double medianOverheadMillis() {
        if (rounds.isEmpty()) {
            return Double.NaN;
        }
        double[] v = rounds.stream().mapToDouble(r -> (r[0] + r[1] + r[2] - r[3]) / 1e6).sorted().toArray();
        return v[v.length / 2];
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "%d rounds, medians per round: broadcast %.1f ms, job %.1f ms (of which"
                        + " the slowest replica trained %.1f ms and set up its copy %.1f ms), average %.1f ms;"
                        + " overhead %.1f ms; data preparation %.1f s", rounds(), medianBroadcastMillis(),
                medianJobMillis(), medianComputeMillis(), medianSetupMillis(), medianAverageMillis(),
                medianOverheadMillis(), prepareSeconds());
    }

}
