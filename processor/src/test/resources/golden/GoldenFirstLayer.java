package golden;

import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_UNIFORM;

import dev.unroll.*;

/** A first layer that is not Dense (so the input is copied into a padded buffer), shared PReLU, Adagrad. */
@Network(inputs = 5, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 8, seed = 5)
@Adagrad(learningRate = 0.01, clipNorm = 3.0)
public interface GoldenFirstLayer extends Model {
    @BatchNormalization(center = false)
    BatchNormLayer norm();

    @Dense(units = 7, useBias = false, kernelInitializer = HE_UNIFORM)
    DenseLayer hidden();

    @PReLU(shared = true)
    PReLULayer prelu();

    @Dense(units = 3, activation = SOFTMAX)
    DenseLayer output();
}
