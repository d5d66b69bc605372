package dev.unroll.examples;

import static dev.unroll.Activation.ELU;
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

/**
 * The remedies of the literature together: He initialization for ELU, batch normalization before each
 * activation (so the Dense layers need no bias), and Adam; {@link TrainFashionRemedies} adds a
 * decaying learning rate and early stopping.
 */
@Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
@Adam(learningRate = 1e-3)
public interface FashionRemedies extends Model {
    @Dense(units = 300, kernelInitializer = HE_NORMAL, useBias = false)
    DenseLayer hidden1();

    @BatchNormalization
    BatchNormLayer norm1();

    @ActivationLayer(ELU)
    Layer elu1();

    @Dense(units = 100, kernelInitializer = HE_NORMAL, useBias = false)
    DenseLayer hidden2();

    @BatchNormalization
    BatchNormLayer norm2();

    @ActivationLayer(ELU)
    Layer elu2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
