package golden;

import static dev.unroll.Activation.TANH;

import dev.unroll.*;

/** Regression with Nesterov momentum and value clipping: mean squared error on a linear output. */
@Network(inputs = 5, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 8, seed = 3)
@SGD(learningRate = 0.05, momentum = 0.9, nesterov = true, clipValue = 0.5)
public interface GoldenSgd extends Model {
    @Dense(units = 6, activation = TANH)
    DenseLayer hidden();

    @Dense(units = 2)
    DenseLayer output();
}
