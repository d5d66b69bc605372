package dev.unroll;

/**
 * Per-feature scaling fitted on training data and applied to any data set: {@code x' = (x - offset)
 * · scale}. Standardization (mean 0, standard deviation 1, what SELU needs) or min-max scaling to
 * [0, 1]. A feature that never varies in the training data is only shifted.
 */
public final class FeatureScaler {
    private final float[] offset;
    private final float[] scale;

    private FeatureScaler(float[] offset, float[] scale) {
        this.offset = offset;
        this.scale = scale;
    }

    /** Mean and (population) standard deviation of each feature of {@code train}. */
    public static FeatureScaler standardization(DataSet train) {
        int n = train.featureCount();
        float[] offset = new float[n];
        float[] scale = new float[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < train.size(); i++) {
                sum += train.feature(i, j);
            }
            double mean = sum / train.size();
            double squares = 0;
            for (int i = 0; i < train.size(); i++) {
                double d = train.feature(i, j) - mean;
                squares += d * d;
            }
            double std = Math.sqrt(squares / train.size());
            offset[j] = (float) mean;
            scale[j] = std > 0 ? (float) (1 / std) : 1f;
        }
        return new FeatureScaler(offset, scale);
    }

    /** Minimum and range of each feature of {@code train}. */
    public static FeatureScaler minMax(DataSet train) {
        int n = train.featureCount();
        float[] offset = new float[n];
        float[] scale = new float[n];
        for (int j = 0; j < n; j++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < train.size(); i++) {
                min = Math.min(min, train.feature(i, j));
                max = Math.max(max, train.feature(i, j));
            }
            offset[j] = min;
            scale[j] = max > min ? 1f / (max - min) : 1f;
        }
        return new FeatureScaler(offset, scale);
    }

    /** A scaled copy of {@code data}, labels or targets unchanged. */
    public DataSet apply(DataSet data) {
        if (data.featureCount() != offset.length) {
            throw new IllegalArgumentException("the scaler was fitted on " + offset.length + " features, the data has "
                    + data.featureCount());
        }
        float[] x = data.features();
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < offset.length; j++) {
                int at = i * offset.length + j;
                x[at] = (x[at] - offset[j]) * scale[j];
            }
        }
        return data.withFeatures(x);
    }

    /** The value subtracted from each feature (its mean, or its minimum). */
    public float[] offset() {
        return offset.clone();
    }

    /** The factor each feature is multiplied by afterwards (1 / standard deviation, or 1 / range). */
    public float[] scale() {
        return scale.clone();
    }
}
