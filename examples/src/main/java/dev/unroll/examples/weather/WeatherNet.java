package dev.unroll.examples.weather;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.Adam;
import dev.unroll.Dense;
import dev.unroll.DenseLayer;
import dev.unroll.Loss;
import dev.unroll.Model;
import dev.unroll.Network;

/** A day's weather (drizzle, fog, rain, snow, sun) from precipitation, temperatures and wind. */
@Network(inputs = 4, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 32, seed = 42)
@Adam(learningRate = 3e-3)
public interface WeatherNet extends Model {
    @Dense(units = 32, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden1();

    @Dense(units = 16, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer hidden2();

    @Dense(units = 5, activation = SOFTMAX)
    DenseLayer output();
}
