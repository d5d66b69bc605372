package dev.unroll.examples;

import static dev.unroll.Activation.*;
import static dev.unroll.Initializer.*;

import dev.unroll.*;

@Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
@Adam(learningRate = 1e-3)
public interface TinyCheck extends Model {

    @Dense(units = 300, kernelInitializer = HE_NORMAL)
    DenseLayer hidden1();

    @BatchNormalization
    BatchNormLayer bn1();

    @ActivationLayer(RELU)
    Layer relu1();

    @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL)
    DenseLayer hidden2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
