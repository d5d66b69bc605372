package dev.unroll.spark.examples;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adam;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;

/**
 * {@link FashionSparkMlp} with batch 16: the per-replica batch of the example's {@code batch=16}
 * run, in which 2 replicas averaged every step (K = 1) see 32 examples per step, as {@code fit} does.
 */
@Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 42)
@Adam(learningRate = 1e-3)
public interface FashionSparkMlp16 extends Model {
    @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden1();

    @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
