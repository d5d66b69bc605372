package golden;

import static dev.unroll.Activation.RELU;
import static dev.unroll.Activation.SELU;
import static dev.unroll.Initializer.HE_NORMAL;
import static dev.unroll.Initializer.LECUN_NORMAL;

import dev.unroll.*;

/** Penalties, max-norm, dropout, alpha dropout, Nadam with weight decay and the Huber loss. */
@Network(inputs = 6, loss = Loss.HUBER, batchSize = 8, seed = 3)
@Nadam(learningRate = 0.002, weightDecay = 0.001, globalClipNorm = 1.0)
@SuppressWarnings("unroll:self-normalization")
public interface GoldenChapter extends Model {
    @Dense(units = 10, activation = RELU, kernelInitializer = HE_NORMAL, l1 = 1e-4, maxNorm = 3)
    DenseLayer hidden();

    @Dropout(rate = 0.25)
    Layer dropout();

    @Dense(units = 5, activation = SELU, kernelInitializer = LECUN_NORMAL, l2 = 1e-3)
    DenseLayer selu();

    @AlphaDropout(rate = 0.1)
    Layer alphaDropout();

    @Dense(units = 2)
    DenseLayer output();
}
