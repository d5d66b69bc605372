package dev.unroll.examples.production;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adam;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.SGD;

/** Networks for the production tests: a small tabular classifier and regressor. */
final class Networks {
    private Networks() {}

    /** Two features, three classes, with batch normalization and Adam: every kind of saved state. */
    @Network(inputs = 2, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 8, seed = 3)
    @Adam(learningRate = 0.05)
    interface Classifier extends Model {
        @Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL)
        DenseLayer hidden();

        @BatchNormalization
        BatchNormLayer norm();

        @Dense(units = 3, activation = SOFTMAX)
        DenseLayer output();
    }

    /** One feature, one target. */
    @Network(inputs = 1, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 8, seed = 3)
    @Adam(learningRate = 0.05)
    interface Regressor extends Model {
        @Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL)
        DenseLayer hidden();

        @Dense(units = 1)
        DenseLayer output();
    }

    /** Plain SGD, no batch normalization: rows are independent, so weights can be checked exactly. */
    @Network(inputs = 2, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 3)
    @SGD(learningRate = 0.1)
    interface SgdClassifier extends Model {
        @Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL)
        DenseLayer hidden();

        @Dense(units = 3, activation = SOFTMAX)
        DenseLayer output();
    }
}
