package dev.unroll.spark;

import static dev.unroll.Activation.*;
import static dev.unroll.Initializer.*;

import dev.unroll.*;

/** The tests' network: small, with batch normalization (moving statistics) and Adam (two slots per parameter). */
@Network(inputs = 6, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 8, seed = 3)
@Adam(learningRate = 0.01)
public interface Small extends Model {
    @Dense(units = 12, kernelInitializer = HE_NORMAL, useBias = false)
    DenseLayer hidden();

    @BatchNormalization
    BatchNormLayer norm();

    @ActivationLayer(RELU)
    Layer relu();

    @Dense(units = 3, activation = SOFTMAX)
    DenseLayer output();
}
