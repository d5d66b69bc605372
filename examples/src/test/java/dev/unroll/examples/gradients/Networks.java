package dev.unroll.examples.gradients;

import static dev.unroll.Activation.ELU;
import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SELU;
import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Activation.TANH;
import static dev.unroll.Initializer.GLOROT_NORMAL;
import static dev.unroll.Initializer.HE_UNIFORM;
import static dev.unroll.Initializer.LECUN_NORMAL;

import dev.unroll.ActivationLayer;
import dev.unroll.AlphaDropout;
import dev.unroll.Adam;
import dev.unroll.BatchNormLayer;
import dev.unroll.BatchNormalization;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Dropout;
import dev.unroll.ELU;
import dev.unroll.Layer;
import dev.unroll.LeakyReLU;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.PReLU;
import dev.unroll.PReLULayer;
import dev.unroll.RReLU;
import dev.unroll.SGD;

/**
 * Small networks, compiled by Maven through the processor, that together cover every layer kind and
 * loss. They mix activations and initializers to exercise the kernels, not to follow the advice.
 */
@SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:layers"})
final class Networks {
    private Networks() {}

    @Network(inputs = 6, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 10, seed = 1)
    @SGD
    interface Saturating extends Model {
        @Dense(units = 7, activation = SIGMOID, kernelInitializer = GLOROT_NORMAL, biasInitializer = GLOROT_NORMAL)
        DenseLayer sigmoid();

        @Dense(units = 5, activation = TANH)
        DenseLayer tanh();

        @Dense(units = 4, activation = SOFTMAX)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 10, seed = 2)
    @SGD
    interface ReluFamily extends Model {
        @Dense(units = 7, activation = RELU, kernelInitializer = HE_UNIFORM, biasInitializer = GLOROT_NORMAL)
        DenseLayer relu();

        @Dense(units = 6)
        DenseLayer dense1();

        @LeakyReLU(alpha = 0.2)
        Layer leaky();

        @Dense(units = 6)
        DenseLayer dense2();

        @ELU(alpha = 0.7)
        Layer elu();

        @Dense(units = 5, activation = ELU)
        DenseLayer eluDense();

        @Dense(units = 5, activation = SELU, kernelInitializer = LECUN_NORMAL)
        DenseLayer selu();

        @Dense(units = 4, activation = SOFTMAX)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 10, seed = 3)
    @Adam
    interface Parametric extends Model {
        @Dense(units = 6, biasInitializer = GLOROT_NORMAL)
        DenseLayer dense1();

        @PReLU(alpha = -0.3)
        PReLULayer perUnit();

        @Dense(units = 6)
        DenseLayer dense2();

        @PReLU(shared = true)
        PReLULayer shared();

        @Dense(units = 4, activation = SOFTMAX)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.BINARY_CROSSENTROPY, batchSize = 10, seed = 4)
    @Adam
    interface Randomized extends Model {
        @Dense(units = 8, biasInitializer = GLOROT_NORMAL)
        DenseLayer dense();

        @RReLU(lower = 0.1, upper = 0.6)
        Layer rrelu();

        @Dense(units = 3, activation = SIGMOID)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 10, seed = 5)
    @Adam
    interface NormalizedBefore extends Model {
        @Dense(units = 6)
        DenseLayer dense1();

        @BatchNormalization(momentum = 0.9)
        BatchNormLayer bn1();

        @ActivationLayer(TANH)
        Layer tanh();

        @Dense(units = 5, useBias = false)
        DenseLayer dense2();

        @BatchNormalization(center = false)
        BatchNormLayer bn2();

        @ActivationLayer(RELU)
        Layer relu();

        @Dense(units = 4, activation = SOFTMAX)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 10, seed = 6)
    @Adam
    interface NormalizedAfter extends Model {
        @Dense(units = 6, activation = RELU, biasInitializer = GLOROT_NORMAL)
        DenseLayer dense1();

        @BatchNormalization
        BatchNormLayer bn1();

        @Dense(units = 5, activation = SIGMOID)
        DenseLayer dense2();

        @BatchNormalization(scale = false)
        BatchNormLayer bn2();

        @Dense(units = 3)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 10, seed = 7)
    @Adam
    interface SoftmaxRegression extends Model {
        @BatchNormalization
        BatchNormLayer inputNorm();

        @Dense(units = 6, activation = TANH)
        DenseLayer hidden();

        @Dense(units = 4)
        DenseLayer logits();

        @ActivationLayer(SOFTMAX)
        Layer softmax();
    }

    @Network(inputs = 6, loss = Loss.HUBER, batchSize = 10, seed = 8)
    @SGD
    interface PenalizedWithDropout extends Model {
        @Dense(units = 7, activation = TANH, l1 = 0.001, l2 = 0.01, maxNorm = 2)
        DenseLayer tanh();

        @Dropout(rate = 0.3)
        Layer dropout();

        @Dense(units = 5, activation = RELU, kernelInitializer = HE_UNIFORM, biasInitializer = GLOROT_NORMAL, l2 = 0.02)
        DenseLayer relu();

        @Dense(units = 3, l1 = 0.001)
        DenseLayer output();
    }

    @Network(inputs = 6, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 10, seed = 9)
    @SGD
    interface SeluWithAlphaDropout extends Model {
        @Dense(units = 7, activation = SELU, kernelInitializer = LECUN_NORMAL, biasInitializer = GLOROT_NORMAL)
        DenseLayer selu1();

        @AlphaDropout(rate = 0.2)
        Layer dropout();

        @Dense(units = 6, activation = SELU, kernelInitializer = LECUN_NORMAL, l1 = 0.001)
        DenseLayer selu2();

        @Dense(units = 3)
        DenseLayer output();
    }
}
