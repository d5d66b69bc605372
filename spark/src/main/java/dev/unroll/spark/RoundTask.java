package dev.unroll.spark;

import dev.unroll.Layer;
import dev.unroll.Model;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * One replica's part of a round: a fresh copy of the network from the factory, given the
 * broadcast state, takes {@code steps} optimizer steps on its shard (batches of
 * {@code batchSize()} in this epoch's order, starting at step {@code first}) and returns its whole
 * state with its losses. It depends only on its inputs, so a retried task returns the same bits.
 */
final class RoundTask implements PairFlatMapFunction<Iterator<Shard>, Integer, Partial> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<float[]> state;
    private final NetworkFactory factory;
    private final long stepsBefore;
    private final long seed;
    private final int epoch;
    private final int first;
    private final int steps;
    private final boolean shuffle;
    private final int round;
    private final double learningRate;

    RoundTask(Broadcast<float[]> state, NetworkFactory factory, long stepsBefore, long seed, int epoch, int first,
              int steps, boolean shuffle, int round, double learningRate) {
        this.state = state;
        this.factory = factory;
        this.stepsBefore = stepsBefore;
        this.seed = seed;
        this.epoch = epoch;
        this.first = first;
        this.steps = steps;
        this.shuffle = shuffle;
        this.round = round;
        this.learningRate = learningRate;
    }

    @Override public Iterator<Tuple2<Integer, Partial>> call(Iterator<Shard> shards) {
        Shard shard = shards.next();
        FaultInjection.maybeFail(shard.index, round, TaskContext.get().attemptNumber());
        long start = System.nanoTime();
        Model net = Replicas.borrow(factory);
        try {
            return List.of(new Tuple2<>(shard.index, train(net, shard, start))).iterator();
        } finally {
            Replicas.give(factory, net);
        }
    }

    private Partial train(Model net, Shard shard, long start) {
        FlatState.apply(state.value(), stepsBefore, net);
        net.setLearningRate(learningRate);
        long trained = System.nanoTime();
        int in = net.inputSize();
        int out = net.outputSize();
        int batch = net.batchSize();
        int[] order = Sharding.epochOrder(seed, epoch, shard.index, shard.count, shuffle);
        float[] x = new float[batch * in];
        int[] labels = shard.labels != null ? new int[batch] : null;
        float[] targets = shard.labels != null ? null : new float[batch * out];
        Layer last = net.layers().get(net.layers().size() - 1);
        double lossSum = 0;
        long right = 0;
        long seen = 0;
        for (int s = first; s < first + steps; s++) {
            int from = s * batch;
            int count = Math.min(batch, shard.count - from);
            for (int i = 0; i < count; i++) {
                int row = order[from + i];
                System.arraycopy(shard.x, row * in, x, i * in, in);
                if (labels != null) {
                    labels[i] = shard.labels[row];
                } else {
                    System.arraycopy(shard.targets, row * out, targets, i * out, out);
                }
            }
            float loss = labels != null ? net.trainBatch(x, labels, count) : net.trainBatch(x, targets, count);
            if (!Float.isFinite(loss)) {
                throw new IllegalStateException("the loss became " + loss + " in replica " + shard.index + " at epoch "
                        + epoch + ", step " + (s + 1) + " of its shard; lower the learning rate or check the data");
            }
            lossSum += (double) loss * count;
            seen += count;
            if (labels != null) {
                float[] y = last.outputs();
                for (int i = 0; i < count; i++) {
                    right += SparkPredictor.predictedClass(y, i * out, out) == labels[i] ? 1 : 0;
                }
            }
        }
        long end = System.nanoTime();
        return new Partial(FlatState.of(net), lossSum, right, labels != null ? seen : 0, seen, end - trained,
                trained - start);
    }
}
