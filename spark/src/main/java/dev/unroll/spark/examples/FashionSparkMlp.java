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

/** The examples module's FashionMlp (784-300-100-10 ReLU, He, Adam, batch 32), declared here for the Spark example. */
@Network(inputs = 784, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
@Adam(learningRate = 1e-3)
public interface FashionSparkMlp extends Model {
    @Dense(units = 300, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden1();

    @Dense(units = 100, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden2();

    @Dense(units = 10, activation = SOFTMAX)
    DenseLayer output();
}
