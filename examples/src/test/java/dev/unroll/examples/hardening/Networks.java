package dev.unroll.examples.hardening;

import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Activation.TANH;

import dev.unroll.Adam;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.RMSprop;
import dev.unroll.SGD;

/** The networks of issue 10's reproductions. */
final class Networks {
    private Networks() {}

    /** 3 → Dense 8 tanh → Dense 2, MSE, plain SGD: a huge learning rate overflows it in one step. */
    @Network(inputs = 3, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 5)
    @SGD(learningRate = 0.01)
    interface Regressor extends Model {
        @Dense(units = 8, activation = TANH)
        DenseLayer hidden();

        @Dense(units = 2)
        DenseLayer output();
    }

    /** A softmax classifier with batch normalization and Adam: every kind of saved state. */
    @Network(inputs = 4, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 7)
    @Adam(learningRate = 0.01)
    interface Normalized extends Model {
        @Dense(units = 6)
        DenseLayer hidden();

        @BatchNormalization
        BatchNormLayer norm();

        @Dense(units = 3, activation = SOFTMAX)
        DenseLayer output();
    }

    /** Binary cross-entropy: targets must be probabilities. */
    @Network(inputs = 2, loss = Loss.BINARY_CROSSENTROPY, batchSize = 8)
    @RMSprop
    interface Binary extends Model {
        @Dense(units = 1, activation = SIGMOID)
        DenseLayer output();
    }
}
