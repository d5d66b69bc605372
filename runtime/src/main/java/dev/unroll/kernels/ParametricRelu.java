package dev.unroll.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * PReLU (He et al., 2015) over m rows of n values (row distance ld): {@code y = z > 0 ? z : a_j z}
 * with one trainable slope per column, or one shared slope. Its backward is split in two so a
 * first layer can skip the input gradient.
 */
public final class ParametricRelu {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private ParametricRelu() {}

    /** y = z > 0 ? z : alpha[j] z. */
    public static void forward(float[] z, float[] y, float[] alpha, int m, int n, int ld) {
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector zv = FloatVector.fromArray(S, z, row + j);
                FloatVector scaled = zv.mul(FloatVector.fromArray(S, alpha, j));
                zv.blend(scaled, zv.compare(VectorOperators.LE, 0f)).intoArray(y, row + j);
            }
            for (int j = bound; j < n; j++) {
                float v = z[row + j];
                y[row + j] = v > 0f ? v : alpha[j] * v;
            }
        }
    }

    /** dAlpha[j] = Σ_i dy[i][j] · min(z[i][j], 0) (overwrites dAlpha). */
    public static void alphaGradient(float[] z, float[] dy, float[] dAlpha, int m, int n, int ld) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int i = 0; i < m; i++) {
                FloatVector zv = FloatVector.fromArray(S, z, i * ld + j).min(0f);
                acc = FloatVector.fromArray(S, dy, i * ld + j).fma(zv, acc);
            }
            acc.intoArray(dAlpha, j);
        }
        for (int j = bound; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc = Math.fma(dy[i * ld + j], Math.min(z[i * ld + j], 0f), acc);
            }
            dAlpha[j] = acc;
        }
    }

    /** dx = z > 0 ? dy : alpha[j] dy. */
    public static void inputGradient(float[] z, float[] dy, float[] dx, float[] alpha, int m, int n, int ld) {
        int bound = S.loopBound(n);
        for (int i = 0; i < m; i++) {
            int row = i * ld;
            for (int j = 0; j < bound; j += L) {
                FloatVector dv = FloatVector.fromArray(S, dy, row + j);
                VectorMask<Float> negative = FloatVector.fromArray(S, z, row + j).compare(VectorOperators.LE, 0f);
                dv.blend(dv.mul(FloatVector.fromArray(S, alpha, j)), negative).intoArray(dx, row + j);
            }
            for (int j = bound; j < n; j++) {
                dx[row + j] = z[row + j] > 0f ? dy[row + j] : alpha[j] * dy[row + j];
            }
        }
    }

    /** One shared slope: y = z > 0 ? z : alpha[0] z over len contiguous values. */
    public static void forwardShared(float[] z, float[] y, float[] alpha, int len) {
        Activations.leakyRelu(z, y, len, alpha[0]);
    }

    /** dAlpha[0] = Σ dy · min(z, 0) over len contiguous values. */
    public static void alphaGradientShared(float[] z, float[] dy, float[] dAlpha, int len) {
        int bound = S.loopBound(len);
        FloatVector acc = FloatVector.zero(S);
        for (int i = 0; i < bound; i += L) {
            acc = FloatVector.fromArray(S, dy, i).fma(FloatVector.fromArray(S, z, i).min(0f), acc);
        }
        for (VectorShuffle<Float> rotation : VectorMath.HALVINGS) {
            acc = acc.add(acc.rearrange(rotation));
        }
        float sum = acc.lane(0);
        for (int i = bound; i < len; i++) {
            sum = Math.fma(dy[i], Math.min(z[i], 0f), sum);
        }
        dAlpha[0] = sum;
    }

    /** dx = z > 0 ? dy : alpha[0] dy over len contiguous values. */
    public static void inputGradientShared(float[] z, float[] dy, float[] dx, float[] alpha, int len) {
        Activations.leakyReluBackward(z, dy, dx, len, alpha[0]);
    }
}
