package dev.unroll.runtime;

import dev.unroll.kernels.AdagradUpdate;
import dev.unroll.kernels.AdamUpdate;
import dev.unroll.kernels.AdamaxUpdate;
import dev.unroll.kernels.NadamUpdate;
import dev.unroll.kernels.RmspropUpdate;
import dev.unroll.kernels.SgdUpdate;

/**
 * The optimizer updates handed to a {@link Team}, one task class per rule (as {@link Products} has
 * one per product): the arrays and settings of one parameter tensor, set before each run, and the
 * kernel for an index range. {@code scale} and {@code bound} are the clipping of {@link
 * dev.unroll.kernels.Clipping}.
 */
final class Updates {
    private Updates() {}

    /** w −= lr g. */
    static final class Sgd implements Team.Task {
        private float[] w, g;
        private double learningRate;
        private float scale, bound;

        Sgd set(float[] w, float[] g, double learningRate, float scale, float bound) {
            this.w = w;
            this.g = g;
            this.learningRate = learningRate;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            SgdUpdate.plain(w, g, from, to, learningRate, scale, bound);
        }
    }

    /** Momentum and Nesterov: v = β v − lr g, then w += v or w += β v − lr g. */
    static final class Momentum implements Team.Task {
        private boolean nesterov;
        private float[] w, g, velocity;
        private double learningRate, momentum;
        private float scale, bound;

        Momentum set(boolean nesterov, float[] w, float[] g, float[] velocity, double learningRate, double momentum,
                     float scale, float bound) {
            this.nesterov = nesterov;
            this.w = w;
            this.g = g;
            this.velocity = velocity;
            this.learningRate = learningRate;
            this.momentum = momentum;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            if (nesterov) {
                SgdUpdate.nesterov(w, g, velocity, from, to, learningRate, momentum, scale, bound);
            } else {
                SgdUpdate.momentum(w, g, velocity, from, to, learningRate, momentum, scale, bound);
            }
        }
    }

    /** AdaGrad: s += g²; w −= lr g / sqrt(s + ε). */
    static final class Adagrad implements Team.Task {
        private float[] w, g, accumulator;
        private double learningRate, epsilon;
        private float scale, bound;

        Adagrad set(float[] w, float[] g, float[] accumulator, double learningRate, double epsilon, float scale,
                    float bound) {
            this.w = w;
            this.g = g;
            this.accumulator = accumulator;
            this.learningRate = learningRate;
            this.epsilon = epsilon;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            AdagradUpdate.update(w, g, accumulator, from, to, learningRate, epsilon, scale, bound);
        }
    }

    /** RMSprop, plain, centered ({@code gBar}) and with momentum ({@code velocity}). */
    static final class Rmsprop implements Team.Task {
        private float[] w, g, s, gBar, velocity;
        private double learningRate, rho, momentum, epsilon;
        private float scale, bound;

        Rmsprop set(float[] w, float[] g, float[] s, float[] gBar, float[] velocity, double learningRate, double rho,
                    double momentum, double epsilon, float scale, float bound) {
            this.w = w;
            this.g = g;
            this.s = s;
            this.gBar = gBar;
            this.velocity = velocity;
            this.learningRate = learningRate;
            this.rho = rho;
            this.momentum = momentum;
            this.epsilon = epsilon;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            RmspropUpdate.update(w, g, s, gBar, velocity, from, to, learningRate, rho, momentum, epsilon, scale, bound);
        }
    }

    /** Adam, with AMSGrad when {@code vHat} is not null; {@code alphaT} is the step's bias-corrected rate. */
    static final class Adam implements Team.Task {
        private float[] w, g, m, v, vHat;
        private double alphaT, beta1, beta2, epsilon;
        private float scale, bound;

        Adam set(float[] w, float[] g, float[] m, float[] v, float[] vHat, double alphaT, double beta1, double beta2,
                 double epsilon, float scale, float bound) {
            this.w = w;
            this.g = g;
            this.m = m;
            this.v = v;
            this.vHat = vHat;
            this.alphaT = alphaT;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            AdamUpdate.update(w, g, m, v, vHat, from, to, alphaT, beta1, beta2, epsilon, scale, bound);
        }
    }

    /** Nadam with the step's coefficients of {@link NadamUpdate}. */
    static final class Nadam implements Team.Task {
        private float[] w, g, m, v;
        private double learningRate, cm, cg, cv, beta1, beta2, epsilon;
        private float scale, bound;

        Nadam set(float[] w, float[] g, float[] m, float[] v, double learningRate, double cm, double cg, double cv,
                  double beta1, double beta2, double epsilon, float scale, float bound) {
            this.w = w;
            this.g = g;
            this.m = m;
            this.v = v;
            this.learningRate = learningRate;
            this.cm = cm;
            this.cg = cg;
            this.cv = cv;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            NadamUpdate.update(w, g, m, v, from, to, learningRate, cm, cg, cv, beta1, beta2, epsilon, scale, bound);
        }
    }

    /** Adamax; {@code alphaT} is lr / (1 − β1^t). */
    static final class Adamax implements Team.Task {
        private float[] w, g, m, u;
        private double alphaT, beta1, beta2, epsilon;
        private float scale, bound;

        Adamax set(float[] w, float[] g, float[] m, float[] u, double alphaT, double beta1, double beta2,
                   double epsilon, float scale, float bound) {
            this.w = w;
            this.g = g;
            this.m = m;
            this.u = u;
            this.alphaT = alphaT;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.scale = scale;
            this.bound = bound;
            return this;
        }

        @Override public void run(int from, int to) {
            AdamaxUpdate.update(w, g, m, u, from, to, alphaT, beta1, beta2, epsilon, scale, bound);
        }
    }
}
