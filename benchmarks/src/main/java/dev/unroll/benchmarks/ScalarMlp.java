package dev.unroll.benchmarks;

/**
 * The baseline: the same 784-300-100-10 network (ReLU, softmax with cross-entropy, Adam as Keras
 * computes it) written in plain Java the way a careful programmer would without Unroll: row-major
 * arrays, loops ordered so the innermost one walks memory contiguously (C2 may vectorize those on
 * its own), nothing allocated per step. No Vector API, no register blocking, no fusion.
 */
public final class ScalarMlp {
    private static final int[] SIZES = {784, 300, 100, 10};
    private static final int LAYERS = 3;
    private static final double LEARNING_RATE = 1e-3, BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-7;

    private final int batch;
    private final float[][] w = new float[LAYERS][], b = new float[LAYERS][];
    private final float[][] dw = new float[LAYERS][], db = new float[LAYERS][];
    private final float[][] mw = new float[LAYERS][], vw = new float[LAYERS][];
    private final float[][] mb = new float[LAYERS][], vb = new float[LAYERS][];
    /** out[l]: the output of layer l for the batch; delta[l]: the loss gradient with respect to its pre-activation. */
    private final float[][] out = new float[LAYERS][], delta = new float[LAYERS][];
    private long steps;

    /** A network of the given batch size starting from {@code parameters} in Unroll's flat order (kernel [in][out], bias per layer). */
    public ScalarMlp(int batch, float[] parameters) {
        this.batch = batch;
        int offset = 0;
        for (int l = 0; l < LAYERS; l++) {
            int in = SIZES[l], units = SIZES[l + 1];
            w[l] = java.util.Arrays.copyOfRange(parameters, offset, offset + in * units);
            offset += in * units;
            b[l] = java.util.Arrays.copyOfRange(parameters, offset, offset + units);
            offset += units;
            dw[l] = new float[in * units];
            mw[l] = new float[in * units];
            vw[l] = new float[in * units];
            db[l] = new float[units];
            mb[l] = new float[units];
            vb[l] = new float[units];
            out[l] = new float[batch * units];
            delta[l] = new float[batch * units];
        }
    }

    /** One Adam step on the first {@code batch} rows; returns the mean loss before the step. */
    public float trainBatch(float[] x, int[] labels) {
        forward(x, batch);
        float loss = outputDelta(labels);
        for (int l = LAYERS - 1; l >= 0; l--) {
            backward(l, l == 0 ? x : out[l - 1]);
        }
        steps++;
        for (int l = 0; l < LAYERS; l++) {
            adam(w[l], dw[l], mw[l], vw[l]);
            adam(b[l], db[l], mb[l], vb[l]);
        }
        return loss;
    }

    /** Class probabilities of {@code count ≤ batch} rows into {@code probabilities}. */
    public void predict(float[] x, int count, float[] probabilities) {
        forward(x, count);
        System.arraycopy(out[LAYERS - 1], 0, probabilities, 0, count * SIZES[LAYERS]);
    }

    public void copyParametersTo(float[] dst) {
        int offset = 0;
        for (int l = 0; l < LAYERS; l++) {
            System.arraycopy(w[l], 0, dst, offset, w[l].length);
            offset += w[l].length;
            System.arraycopy(b[l], 0, dst, offset, b[l].length);
            offset += b[l].length;
        }
    }

    private void forward(float[] x, int count) {
        for (int l = 0; l < LAYERS; l++) {
            dense(l == 0 ? x : out[l - 1], SIZES[l], w[l], b[l], out[l], SIZES[l + 1], count);
            if (l < LAYERS - 1) {
                relu(out[l], count * SIZES[l + 1]);
            } else {
                softmax(out[l], SIZES[l + 1], count);
            }
        }
    }

    /** z = x W + b, row by row: z[i][·] += x[i][p] · W[p][·]. */
    private static void dense(float[] x, int in, float[] w, float[] b, float[] z, int units, int count) {
        for (int i = 0; i < count; i++) {
            int zi = i * units;
            System.arraycopy(b, 0, z, zi, units);
            for (int p = 0; p < in; p++) {
                float xp = x[i * in + p];
                int wp = p * units;
                for (int j = 0; j < units; j++) {
                    z[zi + j] += xp * w[wp + j];
                }
            }
        }
    }

    private static void relu(float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = Math.max(a[i], 0f);
        }
    }

    private static void softmax(float[] z, int units, int count) {
        for (int i = 0; i < count; i++) {
            int zi = i * units;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < units; j++) {
                max = Math.max(max, z[zi + j]);
            }
            float sum = 0;
            for (int j = 0; j < units; j++) {
                z[zi + j] = (float) Math.exp(z[zi + j] - max);
                sum += z[zi + j];
            }
            for (int j = 0; j < units; j++) {
                z[zi + j] /= sum;
            }
        }
    }

    /** Cross-entropy of the softmax output and its gradient (p − onehot) / batch. */
    private float outputDelta(int[] labels) {
        int units = SIZES[LAYERS];
        float[] p = out[LAYERS - 1], d = delta[LAYERS - 1];
        double loss = 0;
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < units; j++) {
                d[i * units + j] = p[i * units + j] / batch;
            }
            d[i * units + labels[i]] -= 1f / batch;
            loss -= Math.log(Math.max(p[i * units + labels[i]], 1e-7f));
        }
        return (float) (loss / batch);
    }

    /** dW = xᵀ δ, db = Σ δ, and δ of the layer below = (δ Wᵀ) ⊙ relu'(its output). */
    private void backward(int l, float[] x) {
        int in = SIZES[l], units = SIZES[l + 1];
        float[] d = delta[l], gw = dw[l], gb = db[l];
        java.util.Arrays.fill(gw, 0f);
        java.util.Arrays.fill(gb, 0f);
        for (int i = 0; i < batch; i++) {
            for (int p = 0; p < in; p++) {
                float xp = x[i * in + p];
                int wp = p * units;
                for (int j = 0; j < units; j++) {
                    gw[wp + j] += xp * d[i * units + j];
                }
            }
            for (int j = 0; j < units; j++) {
                gb[j] += d[i * units + j];
            }
        }
        if (l == 0) {
            return;
        }
        float[] below = delta[l - 1], a = out[l - 1], weights = w[l];
        for (int i = 0; i < batch; i++) {
            for (int p = 0; p < in; p++) {
                float sum = 0;
                for (int j = 0; j < units; j++) {
                    sum += d[i * units + j] * weights[p * units + j];
                }
                below[i * in + p] = a[i * in + p] > 0 ? sum : 0f;
            }
        }
    }

    private void adam(float[] param, float[] grad, float[] m, float[] v) {
        float alpha = (float) (LEARNING_RATE * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps)));
        for (int i = 0; i < param.length; i++) {
            float g = grad[i];
            m[i] += (g - m[i]) * (float) (1 - BETA1);
            v[i] += (g * g - v[i]) * (float) (1 - BETA2);
            param[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + (float) EPSILON);
        }
    }
}
