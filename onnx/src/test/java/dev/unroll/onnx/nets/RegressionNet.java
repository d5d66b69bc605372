package dev.unroll.onnx.nets;

import static dev.unroll.Activation.*;

import dev.unroll.*;

/** A regression network that ends in batch normalization. */
@Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 8)
@RMSprop
public interface RegressionNet extends Model {
    @Dense(units = 10, activation = RELU, kernelInitializer = Initializer.HE_NORMAL) DenseLayer hidden();
    @Dense(units = 3) DenseLayer output();
    @BatchNormalization(scale = false) BatchNormLayer outputNorm();
}
