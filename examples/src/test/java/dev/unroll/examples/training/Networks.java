package dev.unroll.examples.training;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SIGMOID;
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
import dev.unroll.RMSprop;
import dev.unroll.SGD;

/** Networks for the training-loop tests. */
final class Networks {
    private Networks() {}

    /** A small classifier with every kind of saved state: batch normalization, Adam's slots. */
    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 11)
    @Adam(learningRate = 0.01)
    interface Classifier extends Model {
        @Dense(units = 12, kernelInitializer = HE_NORMAL, useBias = false)
        DenseLayer hidden();

        @BatchNormalization
        BatchNormLayer norm();

        @ActivationLayer(RELU)
        Layer relu();

        @Dense(units = 3, activation = SOFTMAX)
        DenseLayer output();
    }

    /** The same layers with another optimizer: a different architecture for the model file. */
    @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 11)
    @RMSprop
    interface OtherOptimizer extends Model {
        @Dense(units = 12, kernelInitializer = HE_NORMAL, useBias = false)
        DenseLayer hidden();

        @BatchNormalization
        BatchNormLayer norm();

        @ActivationLayer(RELU)
        Layer relu();

        @Dense(units = 3, activation = SOFTMAX)
        DenseLayer output();
    }

    /** Ten sigmoid layers: with tiny weights its first layers' gradients vanish. */
    @SuppressWarnings("unroll:vanishing-gradients")
    @Network(inputs = 16, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16)
    @SGD(learningRate = 0.1)
    interface DeepSigmoid extends Model {
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer1();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer2();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer3();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer4();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer5();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer6();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer7();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer8();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer9();
        @Dense(units = 16, activation = SIGMOID) DenseLayer layer10();
        @Dense(units = 4, activation = SOFTMAX) DenseLayer output();
    }

    /** Six ReLU layers: with weights several times too large its gradients explode. */
    @Network(inputs = 16, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16)
    @SGD(learningRate = 0.05)
    interface DeepRelu extends Model {
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer1();
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer2();
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer3();
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer4();
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer5();
        @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer layer6();
        @Dense(units = 2) DenseLayer output();
    }
}
