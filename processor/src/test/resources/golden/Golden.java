package golden;

import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;

import dev.unroll.*;

/** A small network that uses a Dense layer, batch normalization, PReLU and a softmax output. */
@Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 7)
@Adam(learningRate = 0.002, clipNorm = 1.0)
public interface Golden extends Model {
    @Dense(units = 12, kernelInitializer = HE_NORMAL)
    DenseLayer hidden();

    @BatchNormalization
    BatchNormLayer norm();

    @PReLU
    PReLULayer prelu();

    @Dense(units = 3, activation = SOFTMAX)
    DenseLayer output();
}
