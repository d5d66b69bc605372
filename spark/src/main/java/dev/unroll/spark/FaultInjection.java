package dev.unroll.spark;

/**
 * For tests only: makes the first attempt of one replica's task in one round throw, so that a test
 * can check that Spark's retry gives the same result. Off unless a test sets it; in-JVM
 * ({@code local[n, maxFailures]}) only.
 */
final class FaultInjection {
    static volatile int shard = -1;
    static volatile int round = -1;
    static volatile int thrown;

    private FaultInjection() {}

    static void maybeFail(int shardIndex, int roundIndex, int attempt) {
        if (shardIndex == shard && roundIndex == round && attempt == 0) {
            thrown++;
            throw new IllegalStateException("injected failure of replica " + shardIndex + " in round " + roundIndex);
        }
    }
}
