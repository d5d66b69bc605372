package dev.unroll.examples.experiments;

import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Activation.SOFTMAX;

import dev.unroll.ActivationLayer;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Layer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.SGD;

/**
 * The batch-normalization experiment's networks: {@link DeepNetworks.Sigmoid} (ten sigmoid layers,
 * Glorot, momentum SGD) with batch normalization before or after each activation.
 */
public final class BatchNormNetworks {
    private BatchNormNetworks() {}

    /** Batch normalization between each Dense layer (no bias: the normalization's beta replaces it) and its sigmoid. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface SigmoidBnBefore extends Model {
        @Dense(units = 100, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer norm1();
        @ActivationLayer(SIGMOID) Layer sigmoid1();
        @Dense(units = 100, useBias = false) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer norm2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 100, useBias = false) DenseLayer hidden3();
        @BatchNormalization BatchNormLayer norm3();
        @ActivationLayer(SIGMOID) Layer sigmoid3();
        @Dense(units = 100, useBias = false) DenseLayer hidden4();
        @BatchNormalization BatchNormLayer norm4();
        @ActivationLayer(SIGMOID) Layer sigmoid4();
        @Dense(units = 100, useBias = false) DenseLayer hidden5();
        @BatchNormalization BatchNormLayer norm5();
        @ActivationLayer(SIGMOID) Layer sigmoid5();
        @Dense(units = 100, useBias = false) DenseLayer hidden6();
        @BatchNormalization BatchNormLayer norm6();
        @ActivationLayer(SIGMOID) Layer sigmoid6();
        @Dense(units = 100, useBias = false) DenseLayer hidden7();
        @BatchNormalization BatchNormLayer norm7();
        @ActivationLayer(SIGMOID) Layer sigmoid7();
        @Dense(units = 100, useBias = false) DenseLayer hidden8();
        @BatchNormalization BatchNormLayer norm8();
        @ActivationLayer(SIGMOID) Layer sigmoid8();
        @Dense(units = 100, useBias = false) DenseLayer hidden9();
        @BatchNormalization BatchNormLayer norm9();
        @ActivationLayer(SIGMOID) Layer sigmoid9();
        @Dense(units = 100, useBias = false) DenseLayer hidden10();
        @BatchNormalization BatchNormLayer norm10();
        @ActivationLayer(SIGMOID) Layer sigmoid10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Batch normalization after each sigmoid Dense layer. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface SigmoidBnAfter extends Model {
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer norm1();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer norm2();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden3();
        @BatchNormalization BatchNormLayer norm3();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden4();
        @BatchNormalization BatchNormLayer norm4();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden5();
        @BatchNormalization BatchNormLayer norm5();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden6();
        @BatchNormalization BatchNormLayer norm6();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden7();
        @BatchNormalization BatchNormLayer norm7();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden8();
        @BatchNormalization BatchNormLayer norm8();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden9();
        @BatchNormalization BatchNormLayer norm9();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden10();
        @BatchNormalization BatchNormLayer norm10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }
}
