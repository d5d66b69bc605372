package dev.unroll.examples.allocation;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.ActivationLayer;
import dev.unroll.Adam;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;

/** The Fashion-MNIST MLP with batch normalization before each ReLU. */
@Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32)
@Adam
public interface BatchNormMlp extends Model {
    @Dense(units = 300, kernelInitializer = HE_NORMAL, useBias = false)
    DenseLayer hidden1();

    @BatchNormalization
    BatchNormLayer bn1();

    @ActivationLayer(RELU)
    Layer relu1();

    @Dense(units = 100, kernelInitializer = HE_NORMAL, useBias = false)
    DenseLayer hidden2();

    @BatchNormalization
    BatchNormLayer bn2();

    @ActivationLayer(RELU)
    Layer relu2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
