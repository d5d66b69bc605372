package dev.unroll;

import java.util.Objects;

/**
 * Per-feature scaling fitted on training data and applied to any data set: {@code x' = (x - offset)
 * · scale}, computed in double and rounded once to float. Standardization (mean 0, standard
 * deviation 1, what SELU needs) or min-max scaling to [0, 1]. A feature that never varies in the
 * training data is only shifted. Fitting needs at least one row; a scaled value outside float's
 * range throws {@link IllegalArgumentException} rather than becoming infinite.
 */
public final class FeatureScaler {
    private final double[] offset;
    private final double[] scale;

    FeatureScaler(double[] offset, double[] scale) {
        this.offset = offset;
        this.scale = scale;
    }

    /**
     * Mean and (population) standard deviation of each feature of {@code train}, accumulated in
     * double with Welford's update, so a large common offset does not swamp the spread.
     */
    public static FeatureScaler standardization(DataSet train) {
        int n = checkRows(train);
        double[] offset = new double[n];
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            double mean = 0;
            double squares = 0;
            for (int i = 0; i < train.size(); i++) {
                double x = train.feature(i, j);
                double delta = x - mean;
                mean += delta / (i + 1);
                squares += delta * (x - mean);
            }
            double std = Math.sqrt(squares / train.size());
            offset[j] = mean;
            scale[j] = std > 0 ? 1 / std : 1;
        }
        return new FeatureScaler(offset, scale);
    }

    /** Minimum and range of each feature of {@code train} (the range in double, so ±3e38 does not overflow). */
    public static FeatureScaler minMax(DataSet train) {
        int n = checkRows(train);
        double[] offset = new double[n];
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < train.size(); i++) {
                min = Math.min(min, train.feature(i, j));
                max = Math.max(max, train.feature(i, j));
            }
            offset[j] = min;
            scale[j] = max > min ? 1 / (max - min) : 1;
        }
        return new FeatureScaler(offset, scale);
    }

    private static int checkRows(DataSet train) {
        Objects.requireNonNull(train, "train");
        if (train.size() == 0) {
            throw new IllegalArgumentException("cannot fit a scaler on an empty data set");
        }
        return train.featureCount();
    }

    /** A scaled copy of {@code data}, labels or targets unchanged. */
    public DataSet apply(DataSet data) {
        Objects.requireNonNull(data, "data");
        if (data.featureCount() != offset.length) {
            throw new IllegalArgumentException("the scaler was fitted on " + offset.length + " features, the data has "
                    + data.featureCount());
        }
        float[] x = data.features();
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < offset.length; j++) {
                int at = i * offset.length + j;
                float scaled = (float) ((x[at] - offset[j]) * scale[j]);
                if (!Float.isFinite(scaled)) {
                    throw new IllegalArgumentException("row " + i + ", feature " + j + ": " + x[at] + " scales to "
                            + scaled + ", outside float's range; this scaler was fitted on far smaller values");
                }
                x[at] = scaled;
            }
        }
        return data.withFeatures(x);
    }

    /** The exact offsets and scales, for the model file (copies). */
    double[] exactOffset() {
        return offset.clone();
    }

    double[] exactScale() {
        return scale.clone();
    }

    int featureCount() {
        return offset.length;
    }

    /** The value subtracted from each feature (its mean, or its minimum), rounded to float. */
    public float[] offset() {
        return toFloats(offset);
    }

    /** The factor each feature is multiplied by afterwards (1 / standard deviation, or 1 / range), rounded to float. */
    public float[] scale() {
        return toFloats(scale);
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
