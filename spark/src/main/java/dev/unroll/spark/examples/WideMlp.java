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

/** The cost model's wide network: 4096-1024-1024-10, 5.25 M parameters (docs/spark.md). */
@Network(inputs = 4096, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
@Adam(learningRate = 1e-3)
public interface WideMlp extends Model {
    @Dense(units = 1024, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden1();

    @Dense(units = 1024, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
