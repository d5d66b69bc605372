package golden;

import static dev.unroll.Activation.SELU;
import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Initializer.LECUN_NORMAL;

import dev.unroll.*;

/** A self-normalizing stack with a sigmoid output for binary cross-entropy; plain SGD; a bias that starts at one. */
@Network(inputs = 3, loss = Loss.BINARY_CROSSENTROPY, batchSize = 2, seed = 1)
@SGD
public interface GoldenSelu extends Model {
    @Dense(units = 4, activation = SELU, kernelInitializer = LECUN_NORMAL, biasInitializer = Initializer.ONES)
    DenseLayer first();

    @Dense(units = 4, activation = SELU, kernelInitializer = LECUN_NORMAL)
    DenseLayer second();

    @Dense(units = 2, activation = SIGMOID)
    DenseLayer output();
}
