package dev.unroll.kernels;

/** Scalar twin of {@link BatchNorm}; its column helpers also finish the vector kernels' tails. */
public final class ScalarBatchNorm {
    private ScalarBatchNorm() {}

    public static void statistics(float[] z, float[] mean, float[] variance, int m, int n, int ld) {
        statisticsColumns(0, z, mean, variance, m, n, ld);
    }

    static void statisticsColumns(int from, float[] z, float[] mean, float[] variance, int m, int n, int ld) {
        float inverseM = 1f / m;
        for (int j = from; j < n; j++) {
            float sum = 0f;
            for (int i = 0; i < m; i++) {
                sum += z[i * ld + j];
            }
            float mu = sum * inverseM;
            float squares = 0f;
            for (int i = 0; i < m; i++) {
                float centered = z[i * ld + j] - mu;
                squares = Math.fma(centered, centered, squares);
            }
            mean[j] = mu;
            variance[j] = squares * inverseM;
        }
    }

    static void inverseStd(float[] variance, float epsilon, float[] invStd, int n) {
        for (int j = 0; j < n; j++) {
            invStd[j] = 1f / (float) Math.sqrt(variance[j] + epsilon);
        }
    }

    public static void normalizeTraining(float[] z, float[] mean, float[] variance, float epsilon,
                                         float[] gamma, float[] beta, float[] invStd, float[] xhat,
                                         float[] y, int m, int n, int ld) {
        inverseStd(variance, epsilon, invStd, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                float x = (z[at] - mean[j]) * invStd[j];
                xhat[at] = x;
                y[at] = Math.fma(x, gamma[j], beta[j]);
            }
        }
    }

    public static void normalizeInference(float[] z, float[] movingMean, float[] movingVariance, float epsilon,
                                          float[] gamma, float[] beta, float[] y, int m, int n, int ld) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float scale = gamma[j] / (float) Math.sqrt(movingVariance[j] + epsilon);
                y[i * ld + j] = Math.fma(z[i * ld + j] - movingMean[j], scale, beta[j]);
            }
        }
    }

    public static void updateMoving(float[] moving, float[] batch, float momentum, int n) {
        float keep = momentum;
        float take = 1f - momentum;
        for (int j = 0; j < n; j++) {
            moving[j] = ScalarUpdates.flush(moving[j] * keep + batch[j] * take);
        }
    }

    public static void parameterGradients(float[] dy, float[] xhat, float[] dGamma, float[] dBeta,
                                          int m, int n, int ld) {
        parameterGradientColumns(0, dy, xhat, dGamma, dBeta, m, n, ld);
    }

    static void parameterGradientColumns(int from, float[] dy, float[] xhat, float[] dGamma, float[] dBeta,
                                         int m, int n, int ld) {
        for (int j = from; j < n; j++) {
            float sumDy = 0f;
            float sumDyXhat = 0f;
            for (int i = 0; i < m; i++) {
                float d = dy[i * ld + j];
                sumDy += d;
                sumDyXhat = Math.fma(d, xhat[i * ld + j], sumDyXhat);
            }
            dGamma[j] = sumDyXhat;
            dBeta[j] = sumDy;
        }
    }

    public static void inputGradient(float[] dy, float[] xhat, float[] gamma, float[] invStd,
                                     float[] dGamma, float[] dBeta, float[] dz, int m, int n, int ld) {
        float inverseM = 1f / m;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ld + j;
                float scale = gamma[j] * invStd[j] * inverseM;
                dz[at] = (dy[at] * m - dBeta[j] - xhat[at] * dGamma[j]) * scale;
            }
        }
    }

    /** Scalar twin of {@link BatchNorm#inputGradientFrozen}. */
    public static void inputGradientFrozen(float[] dy, float[] gamma, float[] invStd, float[] dz, int m, int n,
                                           int ld) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                dz[i * ld + j] = dy[i * ld + j] * (gamma[j] * invStd[j]);
            }
        }
    }
}
