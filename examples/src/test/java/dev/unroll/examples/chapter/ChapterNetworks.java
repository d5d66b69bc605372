package dev.unroll.examples.chapter;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;
import static dev.unroll.Initializer.LECUN_NORMAL;

import dev.unroll.Adam;
import dev.unroll.AlphaDropout;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Dropout;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Nadam;
import dev.unroll.Network;
import dev.unroll.PReLU;
import dev.unroll.PReLULayer;

/** The networks of the chapter's functional tests: a base network, another class reusing its lower layers, dropout networks. */
final class ChapterNetworks {
    private ChapterNetworks() {}

    /** Trained first; its lower layers are transferred. */
    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 21)
    @Adam(learningRate = 0.01)
    interface Base extends Model {
        @Dense(units = 16, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @PReLU PReLULayer prelu1();
        @Dense(units = 12, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
    }

    /** Another class: Base's three lower layers (same names and shapes), a new top and another optimizer. */
    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 22)
    @Nadam(learningRate = 0.01, weightDecay = 0.004)
    interface Transferred extends Model {
        @Dense(units = 16, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @PReLU PReLULayer prelu1();
        @Dense(units = 12, activation = RELU, kernelInitializer = HE_NORMAL, maxNorm = 2) DenseLayer hidden2();
        @Dropout(rate = 0.2) Layer dropout();
        @Dense(units = 2, activation = SOFTMAX) DenseLayer head();
    }

    /** Base's names with other shapes: copyLayersFrom must refuse. */
    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 23)
    @Adam
    interface Mismatched extends Model {
        @Dense(units = 16, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @PReLU(shared = true) PReLULayer prelu1();
        @Dense(units = 10, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 24)
    @Adam(learningRate = 0.01)
    interface WithDropout extends Model {
        @Dense(units = 32, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 32, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dropout(rate = 0.3) Layer dropout2();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
    }

    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 25)
    @Adam(learningRate = 0.01)
    interface WithAlphaDropout extends Model {
        @Dense(units = 32, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 32, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden2();
        @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
    }
}
