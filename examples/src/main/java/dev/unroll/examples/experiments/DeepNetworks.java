package dev.unroll.examples.experiments;

import static dev.unroll.Activation.ELU;
import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SELU;
import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Activation.TANH;
import static dev.unroll.Initializer.HE_NORMAL;
import static dev.unroll.Initializer.LECUN_NORMAL;

import dev.unroll.Dense;
import dev.unroll.DenseLayer;
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
 * The deep networks of the experiments on initialization, activations and self-normalization:
 * ten hidden layers of 100 units and a softmax output, trained with momentum SGD (rate 0.01, 0.9),
 * differing only in activation and initialization. The advisors' warnings these pairings earn are
 * silenced on purpose: showing what they warn about is the point.
 */
public final class DeepNetworks {
    private DeepNetworks() {}

    /** Sigmoid with Glorot initialization (the experiments also overwrite its kernels with N(0, 1) samples). */
    @SuppressWarnings("unroll:vanishing-gradients")
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Sigmoid extends Model {
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden1();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden2();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden3();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden4();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden5();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden6();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden7();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden8();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden9();
        @Dense(units = 100, activation = SIGMOID) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Tanh with Glorot initialization. */
    @SuppressWarnings("unroll:vanishing-gradients")
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Tanh extends Model {
        @Dense(units = 100, activation = TANH) DenseLayer hidden1();
        @Dense(units = 100, activation = TANH) DenseLayer hidden2();
        @Dense(units = 100, activation = TANH) DenseLayer hidden3();
        @Dense(units = 100, activation = TANH) DenseLayer hidden4();
        @Dense(units = 100, activation = TANH) DenseLayer hidden5();
        @Dense(units = 100, activation = TANH) DenseLayer hidden6();
        @Dense(units = 100, activation = TANH) DenseLayer hidden7();
        @Dense(units = 100, activation = TANH) DenseLayer hidden8();
        @Dense(units = 100, activation = TANH) DenseLayer hidden9();
        @Dense(units = 100, activation = TANH) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** ReLU with Glorot initialization: the pairing He et al. (2015) warn against. */
    @SuppressWarnings("unroll:init-activation")
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface ReluGlorot extends Model {
        @Dense(units = 100, activation = RELU) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU) DenseLayer hidden3();
        @Dense(units = 100, activation = RELU) DenseLayer hidden4();
        @Dense(units = 100, activation = RELU) DenseLayer hidden5();
        @Dense(units = 100, activation = RELU) DenseLayer hidden6();
        @Dense(units = 100, activation = RELU) DenseLayer hidden7();
        @Dense(units = 100, activation = RELU) DenseLayer hidden8();
        @Dense(units = 100, activation = RELU) DenseLayer hidden9();
        @Dense(units = 100, activation = RELU) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** ReLU with He initialization. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Relu extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden7();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden8();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden9();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Leaky ReLU (alpha 0.2, the "huge leak" of Xu et al. (2015)) with He initialization. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface LeakyRelu extends Model {
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @LeakyReLU(alpha = 0.2) Layer leaky1();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @LeakyReLU(alpha = 0.2) Layer leaky2();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @LeakyReLU(alpha = 0.2) Layer leaky3();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @LeakyReLU(alpha = 0.2) Layer leaky4();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @LeakyReLU(alpha = 0.2) Layer leaky5();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU(alpha = 0.2) Layer leaky6();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden7();
        @LeakyReLU(alpha = 0.2) Layer leaky7();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden8();
        @LeakyReLU(alpha = 0.2) Layer leaky8();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden9();
        @LeakyReLU(alpha = 0.2) Layer leaky9();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden10();
        @LeakyReLU(alpha = 0.2) Layer leaky10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Randomized leaky ReLU (slopes in [1/8, 1/3]) with He initialization. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Rrelu extends Model {
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @RReLU Layer rrelu1();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @RReLU Layer rrelu2();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @RReLU Layer rrelu3();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @RReLU Layer rrelu4();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @RReLU Layer rrelu6();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden7();
        @RReLU Layer rrelu7();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden8();
        @RReLU Layer rrelu8();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden9();
        @RReLU Layer rrelu9();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden10();
        @RReLU Layer rrelu10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Parametric leaky ReLU (a learned slope per unit, starting at 0.25) with He initialization. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Prelu extends Model {
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @PReLU PReLULayer prelu1();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @PReLU PReLULayer prelu3();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @PReLU PReLULayer prelu5();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @PReLU PReLULayer prelu6();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden7();
        @PReLU PReLULayer prelu7();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden8();
        @PReLU PReLULayer prelu8();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden9();
        @PReLU PReLULayer prelu9();
        @Dense(units = 100, kernelInitializer = HE_NORMAL) DenseLayer hidden10();
        @PReLU PReLULayer prelu10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** ELU (alpha 1) with He initialization. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Elu extends Model {
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden7();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden8();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden9();
        @Dense(units = 100, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** SELU with LeCun normal initialization: self-normalizing on standardized inputs. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface Selu extends Model {
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden3();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden4();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden5();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden6();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden7();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden8();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden9();
        @Dense(units = 100, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** SELU with Glorot initialization: one of its conditions broken. */
    @SuppressWarnings("unroll:self-normalization")
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 0.01, momentum = 0.9)
    public interface SeluGlorot extends Model {
        @Dense(units = 100, activation = SELU) DenseLayer hidden1();
        @Dense(units = 100, activation = SELU) DenseLayer hidden2();
        @Dense(units = 100, activation = SELU) DenseLayer hidden3();
        @Dense(units = 100, activation = SELU) DenseLayer hidden4();
        @Dense(units = 100, activation = SELU) DenseLayer hidden5();
        @Dense(units = 100, activation = SELU) DenseLayer hidden6();
        @Dense(units = 100, activation = SELU) DenseLayer hidden7();
        @Dense(units = 100, activation = SELU) DenseLayer hidden8();
        @Dense(units = 100, activation = SELU) DenseLayer hidden9();
        @Dense(units = 100, activation = SELU) DenseLayer hidden10();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }
}
