package golden;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SOFTMAX;
import static dev.unroll.Initializer.HE_NORMAL;
import static dev.unroll.Initializer.HE_UNIFORM;

import dev.unroll.*;

/** LeakyReLU and ELU layers, a ReLU Dense layer, softmax as its own layer; Adam with AMSGrad. */
@Network(inputs = 4, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 4, seed = 9)
@Adam(amsgrad = true)
public interface GoldenActivations extends Model {
    @Dense(units = 6, kernelInitializer = HE_NORMAL)
    DenseLayer first();

    @LeakyReLU(alpha = 0.2)
    Layer leaky();

    @Dense(units = 6, kernelInitializer = HE_UNIFORM)
    DenseLayer second();

    @ELU(alpha = 0.5)
    Layer elu();

    @Dense(units = 6, activation = RELU, kernelInitializer = HE_NORMAL)
    DenseLayer third();

    @Dense(units = 3)
    DenseLayer logits();

    @ActivationLayer(SOFTMAX)
    Layer probabilities();
}
