package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Batch normalization (Ioffe and Szegedy, 2015) over m rows of n features (row distance ld),
 * vectorized across features. Training: {@code x̂ = (z − μ_B) / sqrt(σ²_B + ε)}, {@code y = γ x̂ + β}
 * with the biased batch variance; backward:
 * {@code dz = γ / (m sqrt(σ²_B + ε)) · (m dy − Σdy − x̂ Σ(dy x̂))}, where the two sums are the
 * gradients of β and γ.
 */
public final class BatchNorm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private BatchNorm() {}

    /** μ_B and the biased σ²_B of each feature, in two passes. */
    public static void statistics(float[] z, float[] mean, float[] variance, int m, int n, int ld) {
        float inverseM = 1f / m;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector sum = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                sum = sum.add(FloatVector.fromArray(S, z, i * ld + j));
            }
            FloatVector mu = sum.mul(inverseM);
            FloatVector squares = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                FloatVector centered = FloatVector.fromArray(S, z, i * ld + j).sub(mu);
                squares = centered.fma(centered, squares);
            }
            mu.intoArray(mean, j);
            squares.mul(inverseM).intoArray(variance, j);
        }
        ScalarBatchNorm.statisticsColumns(bound, z, mean, variance, m, n, ld);
    }

    /** invStd = 1 / sqrt(σ²_B + ε); x̂ = (z − μ_B) invStd; y = γ x̂ + β. */
    public static void normalizeTraining(float[] z, float[] mean, float[] variance, float epsilon,
                                         float[] gamma, float[] beta, float[] invStd, float[] xhat,
                                         float[] y, int m, int n, int ld) {
        ScalarBatchNorm.inverseStd(variance, epsilon, invStd, n);
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector x = FloatVector.fromArray(S, z, row + j).sub(FloatVector.fromArray(S, mean, j))
                        .mul(FloatVector.fromArray(S, invStd, j));
                x.intoArray(xhat, row + j);
                x.fma(FloatVector.fromArray(S, gamma, j), FloatVector.fromArray(S, beta, j)).intoArray(y, row + j);
            }
            for (int j = bound; j < n; j++) {
                float x = (z[row + j] - mean[j]) * invStd[j];
                xhat[row + j] = x;
                y[row + j] = Math.fma(x, gamma[j], beta[j]);
            }
        }
    }

    /** y = γ (z − moving mean) / sqrt(moving variance + ε) + β. */
    public static void normalizeInference(float[] z, float[] movingMean, float[] movingVariance, float epsilon,
                                          float[] gamma, float[] beta, float[] y, int m, int n, int ld) {
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector scale = FloatVector.fromArray(S, gamma, j)
                        .div(FloatVector.fromArray(S, movingVariance, j).add(epsilon).sqrt());
                FloatVector.fromArray(S, z, row + j).sub(FloatVector.fromArray(S, movingMean, j))
                        .fma(scale, FloatVector.fromArray(S, beta, j)).intoArray(y, row + j);
            }
            for (int j = bound; j < n; j++) {
                float scale = gamma[j] / (float) Math.sqrt(movingVariance[j] + epsilon);
                y[row + j] = Math.fma(z[row + j] - movingMean[j], scale, beta[j]);
            }
        }
    }

    /** moving = moving · momentum + batch · (1 − momentum), once per training step. */
    public static void updateMoving(float[] moving, float[] batch, float momentum, int n) {
        ScalarBatchNorm.updateMoving(moving, batch, momentum, n);
    }

    /** dγ = Σ_i dy x̂ and dβ = Σ_i dy (overwrite). */
    public static void parameterGradients(float[] dy, float[] xhat, float[] dGamma, float[] dBeta,
                                          int m, int n, int ld) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector sumDy = FloatVector.zero(S);
            FloatVector sumDyXhat = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                FloatVector d = FloatVector.fromArray(S, dy, i * ld + j);
                sumDy = sumDy.add(d);
                sumDyXhat = d.fma(FloatVector.fromArray(S, xhat, i * ld + j), sumDyXhat);
            }
            sumDyXhat.intoArray(dGamma, j);
            sumDy.intoArray(dBeta, j);
        }
        ScalarBatchNorm.parameterGradientColumns(bound, dy, xhat, dGamma, dBeta, m, n, ld);
    }

    /**
     * dz = γ invStd dy: the input gradient of a frozen layer, which normalizes with its moving
     * statistics (constants), so the batch does not enter the derivative.
     */
    public static void inputGradientFrozen(float[] dy, float[] gamma, float[] invStd, float[] dz, int m, int n,
                                           int ld) {
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector scale = FloatVector.fromArray(S, gamma, j).mul(FloatVector.fromArray(S, invStd, j));
                FloatVector.fromArray(S, dy, row + j).mul(scale).intoArray(dz, row + j);
            }
            for (int j = bound; j < n; j++) {
                dz[row + j] = dy[row + j] * (gamma[j] * invStd[j]);
            }
        }
    }

    /** dz = γ invStd / m · (m dy − dβ − x̂ dγ), with dγ and dβ from {@link #parameterGradients}. */
    public static void inputGradient(float[] dy, float[] xhat, float[] gamma, float[] invStd,
                                     float[] dGamma, float[] dBeta, float[] dz, int m, int n, int ld) {
        float inverseM = 1f / m;
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector scale = FloatVector.fromArray(S, gamma, j).mul(FloatVector.fromArray(S, invStd, j)).mul(inverseM);
                FloatVector inner = FloatVector.fromArray(S, dy, row + j).mul((float) m)
                        .sub(FloatVector.fromArray(S, dBeta, j))
                        .sub(FloatVector.fromArray(S, xhat, row + j).mul(FloatVector.fromArray(S, dGamma, j)));
                inner.mul(scale).intoArray(dz, row + j);
            }
            for (int j = bound; j < n; j++) {
                float scale = gamma[j] * invStd[j] * inverseM;
                dz[row + j] = (dy[row + j] * m - dBeta[j] - xhat[row + j] * dGamma[j]) * scale;
            }
        }
    }
}
