package dev.unroll.spark;

import dev.unroll.Model;

/**
 * A network's training state as one flat array: parameters, then moving statistics, then
 * optimizer state, in the layouts of {@link Model#copyParametersTo},
 * {@link Model#copyMovingStatisticsTo} and {@link Model#copyOptimizerStateTo}. The step count
 * travels beside it.
 */
final class FlatState {
    private FlatState() {}

    static int size(Model net) {
        return net.parameterCount() + net.movingStatisticsSize() + net.optimizerStateSize();
    }

    static float[] of(Model net) {
        float[] all = new float[size(net)];
        float[] part = new float[net.parameterCount()];
        net.copyParametersTo(part);
        System.arraycopy(part, 0, all, 0, part.length);
        int offset = part.length;
        part = new float[net.movingStatisticsSize()];
        net.copyMovingStatisticsTo(part);
        System.arraycopy(part, 0, all, offset, part.length);
        offset += part.length;
        part = new float[net.optimizerStateSize()];
        net.copyOptimizerStateTo(part);
        System.arraycopy(part, 0, all, offset, part.length);
        return all;
    }

    static void apply(float[] all, long steps, Model net) {
        int p = net.parameterCount();
        int s = net.movingStatisticsSize();
        int o = net.optimizerStateSize();
        if (all.length != p + s + o) {
            throw new IllegalStateException("the shipped state holds " + all.length + " values; this network's holds "
                    + (p + s + o) + ": the factory makes a different architecture");
        }
        net.setParameters(java.util.Arrays.copyOfRange(all, 0, p));
        net.setMovingStatistics(java.util.Arrays.copyOfRange(all, p, p + s));
        net.setOptimizerState(java.util.Arrays.copyOfRange(all, p + s, p + s + o));
        net.setSteps(steps);
    }
}
