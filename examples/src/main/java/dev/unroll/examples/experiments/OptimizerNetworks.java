package dev.unroll.examples.experiments;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adagrad;
import dev.unroll.Adam;
import dev.unroll.AdamW;
import dev.unroll.Adamax;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Nadam;
import dev.unroll.Network;
import dev.unroll.RMSprop;
import dev.unroll.SGD;

/**
 * The optimizer comparison's network, as in the published run it is compared with: three hidden
 * layers of 100 ReLU units with He initialization, learning rate 0.001 for every optimizer.
 */
public final class OptimizerNetworks {
    private OptimizerNetworks() {}

    /** Plain gradient descent. */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 1e-3)
    public interface SgdMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Momentum optimization (0.9). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 1e-3, momentum = 0.9)
    public interface MomentumMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Nesterov accelerated gradient (0.9). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @SGD(learningRate = 1e-3, momentum = 0.9, nesterov = true)
    public interface NesterovMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** AdaGrad; the optimizer advisor's warning about deep networks is what the experiment checks. */
    @SuppressWarnings("unroll:optimizer")
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @Adagrad(learningRate = 1e-3)
    public interface AdaGradMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** RMSProp (rho 0.9). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @RMSprop(learningRate = 1e-3)
    public interface RmsPropMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Adam (0.9, 0.999). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @Adam(learningRate = 1e-3)
    public interface AdamMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Nadam (0.9, 0.999; Keras 3's momentum schedule). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @Nadam(learningRate = 1e-3)
    public interface NadamMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** Adamax (0.9, 0.999). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @Adamax(learningRate = 1e-3)
    public interface AdamaxMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }

    /** AdamW with Keras 3's default decoupled weight decay (0.004). */
    @Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
    @AdamW(learningRate = 1e-3)
    public interface AdamWMlp extends Model {
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden1();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
    }
}
