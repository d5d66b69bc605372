package golden;

import static dev.unroll.Activation.SIGMOID;
import static dev.unroll.Initializer.HE_UNIFORM;

import dev.unroll.*;

/** Binary cross-entropy fused with a sigmoid activation layer; RReLU; centered RMSprop with momentum and global clipping. */
@Network(inputs = 6, loss = Loss.BINARY_CROSSENTROPY, batchSize = 4, seed = 11)
@RMSprop(centered = true, momentum = 0.5, globalClipNorm = 2.0)
public interface GoldenRmsprop extends Model {
    @Dense(units = 8, kernelInitializer = HE_UNIFORM)
    DenseLayer hidden();

    @RReLU
    Layer rrelu();

    @Dense(units = 3)
    DenseLayer logits();

    @ActivationLayer(SIGMOID)
    Layer output();
}
