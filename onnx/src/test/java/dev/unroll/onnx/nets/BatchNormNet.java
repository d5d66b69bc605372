package dev.unroll.onnx.nets;

import static dev.unroll.Activation.*;

import dev.unroll.*;

/** Batch normalization first, before and after an activation, without scale or center, with its own epsilon. */
@SuppressWarnings({"unroll:init-activation", "unroll:layers"})
@Network(inputs = 5, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 4)
@SGD(learningRate = 0.05, momentum = 0.9)
public interface BatchNormNet extends Model {
    @BatchNormalization BatchNormLayer inputNorm();
    @Dense(units = 9, useBias = false) DenseLayer hidden1();
    @BatchNormalization(momentum = 0.9, epsilon = 1e-5) BatchNormLayer bn1();
    @ActivationLayer(RELU) Layer relu1();
    @Dense(units = 8, activation = TANH) DenseLayer hidden2();
    @BatchNormalization(scale = false, center = false) BatchNormLayer bn2();
    @Dense(units = 6, activation = ELU) DenseLayer hidden3();
    @BatchNormalization(center = false) BatchNormLayer bn3();
    @LeakyReLU Layer leaky();
    @Dense(units = 2, activation = SIGMOID) DenseLayer output();
}
