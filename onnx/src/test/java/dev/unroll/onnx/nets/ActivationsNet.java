package dev.unroll.onnx.nets;

import static dev.unroll.Activation.*;

import dev.unroll.*;

/** Every activation, inside a Dense layer and as a layer of its own, for the export tests. */
@SuppressWarnings({"unroll:init-activation", "unroll:layers", "unroll:vanishing-gradients", "unroll:self-normalization"})
@Network(inputs = 6, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 3)
@Adam(learningRate = 0.01)
public interface ActivationsNet extends Model {
    @Dense(units = 8) DenseLayer linear();
    @Dense(units = 8, activation = SIGMOID) DenseLayer sigmoid();
    @Dense(units = 8, activation = TANH) DenseLayer tanh();
    @Dense(units = 8, activation = RELU) DenseLayer relu();
    @Dense(units = 8, activation = ELU) DenseLayer elu();
    @Dense(units = 8, activation = SELU) DenseLayer selu();
    @ActivationLayer(SIGMOID) Layer sigmoidLayer();
    @Dense(units = 7) DenseLayer dense2();
    @ActivationLayer(TANH) Layer tanhLayer();
    @ActivationLayer(RELU) Layer reluLayer();
    @Dense(units = 7) DenseLayer dense3();
    @ActivationLayer(ELU) Layer eluLayer();
    @ActivationLayer(SELU) Layer seluLayer();
    @ActivationLayer(LINEAR) Layer linearLayer();
    @LeakyReLU(alpha = 0.2) Layer leaky();
    @Dense(units = 7) DenseLayer dense4();
    @ELU(alpha = 0.5) Layer eluHalf();
    @PReLU(alpha = 0.1) PReLULayer prelu();
    @Dense(units = 6, useBias = false) DenseLayer noBias();
    @PReLU(shared = true) PReLULayer sharedPrelu();
    @RReLU(lower = 0.1, upper = 0.3) Layer rrelu();
    @Dense(units = 4) DenseLayer logits();
    @ActivationLayer(SOFTMAX) Layer softmax();
}
