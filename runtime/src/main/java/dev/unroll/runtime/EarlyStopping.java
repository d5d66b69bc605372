package dev.unroll.runtime;

/**
 * Keras' {@code EarlyStopping}: watches a loss per epoch, counts epochs without improvement, and
 * keeps a copy of the best parameters and moving statistics when they are to be restored.
 */
final class EarlyStopping {
    private final GeneratedNetwork net;
    private final int patience;
    private final float[] best;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int waited;

    EarlyStopping(GeneratedNetwork net, int patience, boolean restore) {
        this.net = net;
        this.patience = patience;
        this.best = restore ? new float[Tensors.size(net.parameterTensors(), net.statisticTensors())] : null;
    }

    /** Records an epoch's loss; true when training should stop. */
    boolean stop(int epoch, double loss) {
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            waited = 0;
            if (best != null) {
                Tensors.copyValues(net.statisticTensors(), best, Tensors.copyValues(net.parameterTensors(), best));
            }
            return false;
        }
        return patience > 0 && ++waited >= patience;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    /** Puts the best epoch's parameters and statistics back, when they are kept and were not the last ones. */
    void restore(int lastEpoch) {
        if (best != null && bestEpoch > 0 && bestEpoch != lastEpoch) {
            Tensors.setValues(net.statisticTensors(), best, Tensors.setValues(net.parameterTensors(), best));
        }
    }
}
