package dev.unroll.runtime;

import dev.unroll.kernels.AdagradUpdate;
import dev.unroll.kernels.AdamUpdate;
import dev.unroll.kernels.RmspropUpdate;
import dev.unroll.kernels.SgdUpdate;

/** An optimizer update handed to a {@link Team}: which rule, its arrays and settings, run over an index range. */
final class Updates implements Team.Task {
    private enum Rule { SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM }

    private Rule rule;
    private float[] w, g, s1, s2, s3;
    private double rate, h1, h2, h3;
    private float scale, bound;

    private Updates set(Rule rule, float[] w, float[] g, double rate, float scale, float bound) {
        this.rule = rule;
        this.w = w;
        this.g = g;
        this.rate = rate;
        this.scale = scale;
        this.bound = bound;
        return this;
    }

    Updates sgd(float[] w, float[] g, double learningRate, float scale, float bound) {
        return set(Rule.SGD, w, g, learningRate, scale, bound);
    }

    Updates momentum(boolean nesterov, float[] w, float[] g, float[] v, double learningRate, double momentum,
                     float scale, float bound) {
        s1 = v;
        h1 = momentum;
        return set(nesterov ? Rule.NESTEROV : Rule.MOMENTUM, w, g, learningRate, scale, bound);
    }

    Updates adagrad(float[] w, float[] g, float[] s, double learningRate, double epsilon, float scale, float bound) {
        s1 = s;
        h1 = epsilon;
        return set(Rule.ADAGRAD, w, g, learningRate, scale, bound);
    }

    Updates rmsprop(float[] w, float[] g, float[] s, float[] gBar, float[] v, double learningRate, double rho,
                    double momentum, double epsilon, float scale, float bound) {
        s1 = s;
        s2 = gBar;
        s3 = v;
        h1 = rho;
        h2 = momentum;
        h3 = epsilon;
        return set(Rule.RMSPROP, w, g, learningRate, scale, bound);
    }

    Updates adam(float[] w, float[] g, float[] m, float[] v, float[] vHat, double alphaT, double beta1, double beta2,
                 double epsilon, float scale, float bound) {
        s1 = m;
        s2 = v;
        s3 = vHat;
        h1 = beta1;
        h2 = beta2;
        h3 = epsilon;
        return set(Rule.ADAM, w, g, alphaT, scale, bound);
    }

    @Override public void run(int from, int to) {
        switch (rule) {
            case SGD -> SgdUpdate.plain(w, g, from, to, rate, scale, bound);
            case MOMENTUM -> SgdUpdate.momentum(w, g, s1, from, to, rate, h1, scale, bound);
            case NESTEROV -> SgdUpdate.nesterov(w, g, s1, from, to, rate, h1, scale, bound);
            case ADAGRAD -> AdagradUpdate.update(w, g, s1, from, to, rate, h1, scale, bound);
            case RMSPROP -> RmspropUpdate.update(w, g, s1, s2, s3, from, to, rate, h1, h2, h3, scale, bound);
            case ADAM -> AdamUpdate.update(w, g, s1, s2, s3, from, to, rate, h1, h2, h3, scale, bound);
        }
    }
}
