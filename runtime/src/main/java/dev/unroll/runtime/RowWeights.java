package dev.unroll.runtime;

import dev.unroll.DataSet;
import dev.unroll.Loss;
import dev.unroll.Training;

/** One weight per training row from {@code fit}'s class or sample weights, checked against the data. */
final class RowWeights {
    private RowWeights() {}

    /**
     * The weights of the rows of {@code train} (the first rows of {@code data}, the rest held out
     * for validation), or null when training is unweighted.
     */
    static float[] of(Training training, DataSet data, DataSet train, Loss loss, int outputs) {
        float[] samples = training.sampleWeights();
        double[] classes = training.classWeights();
        if (samples == null && classes == null) {
            return null;
        }
        float[] weights = new float[train.size()];
        if (samples != null) {
            if (samples.length != data.size()) {
                throw new IllegalArgumentException("sampleWeights holds " + samples.length + " weights; the data has "
                        + data.size() + " rows (one weight per row, before validationSplit)");
            }
            System.arraycopy(samples, 0, weights, 0, weights.length);
            return weights;
        }
        if (loss.isRegression() || (loss == Loss.BINARY_CROSSENTROPY && outputs != 1)) {
            throw new IllegalArgumentException("classWeights need classes: sparse or categorical cross-entropy, or"
                    + " binary cross-entropy with one output; this network's loss is " + loss + " with " + outputs
                    + " outputs. Use sampleWeights");
        }
        int classCount = outputs == 1 ? 2 : outputs;
        if (classes.length != classCount) {
            throw new IllegalArgumentException("classWeights holds " + classes.length + " weights; this network has "
                    + classCount + " classes");
        }
        for (int i = 0; i < weights.length; i++) {
            int c = train.hasLabels() ? train.label(i) : outputs == 1 ? (train.target(i, 0) >= 0.5f ? 1 : 0)
                    : argmax(train, i, outputs);
            weights[i] = (float) classes[c];
        }
        return weights;
    }

    private static int argmax(DataSet data, int row, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (data.target(row, j) > data.target(row, best)) {
                best = j;
            }
        }
        return best;
    }
}
