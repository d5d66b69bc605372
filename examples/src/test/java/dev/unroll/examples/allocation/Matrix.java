package dev.unroll.examples.allocation;

import static dev.unroll.Activation.*;
import static dev.unroll.Initializer.*;

import dev.unroll.*;

/**
 * The allocation matrix's networks: every optimizer form (13) with every clip mode (4), weight decay with three more, each on one
 * of five layer stacks that together use every activation kernel (inside {@code @Dense} and as a
 * layer), batch normalization before and after activations (also without centre or scale), PReLU
 * per unit and shared, RReLU, and every loss (integer labels and float targets). 30 inputs and
 * 33-unit layers leave vector tails at every width; a 200-unit layer reaches the widest
 * single-row block (12 vectors) at every width. Written by a script once; edit freely.
 */
final class Matrix {
    private Matrix() {}

    /** The interfaces below, in order: {@code create()} of each generated class. */
    static final java.util.List<java.util.function.Supplier<Model>> NETWORKS = java.util.List.of(
            UnrolledMatrix_WithSgd::create,
            UnrolledMatrix_WithSgdClipValue::create,
            UnrolledMatrix_WithSgdClipNorm::create,
            UnrolledMatrix_WithSgdGlobalClipNorm::create,
            UnrolledMatrix_WithMomentum::create,
            UnrolledMatrix_WithMomentumClipValue::create,
            UnrolledMatrix_WithMomentumClipNorm::create,
            UnrolledMatrix_WithMomentumGlobalClipNorm::create,
            UnrolledMatrix_WithNesterov::create,
            UnrolledMatrix_WithNesterovClipValue::create,
            UnrolledMatrix_WithNesterovClipNorm::create,
            UnrolledMatrix_WithNesterovGlobalClipNorm::create,
            UnrolledMatrix_WithAdagrad::create,
            UnrolledMatrix_WithAdagradClipValue::create,
            UnrolledMatrix_WithAdagradClipNorm::create,
            UnrolledMatrix_WithAdagradGlobalClipNorm::create,
            UnrolledMatrix_WithRmsprop::create,
            UnrolledMatrix_WithRmspropClipValue::create,
            UnrolledMatrix_WithRmspropClipNorm::create,
            UnrolledMatrix_WithRmspropGlobalClipNorm::create,
            UnrolledMatrix_WithRmspropMomentum::create,
            UnrolledMatrix_WithRmspropMomentumClipValue::create,
            UnrolledMatrix_WithRmspropMomentumClipNorm::create,
            UnrolledMatrix_WithRmspropMomentumGlobalClipNorm::create,
            UnrolledMatrix_WithRmspropCentered::create,
            UnrolledMatrix_WithRmspropCenteredClipValue::create,
            UnrolledMatrix_WithRmspropCenteredClipNorm::create,
            UnrolledMatrix_WithRmspropCenteredGlobalClipNorm::create,
            UnrolledMatrix_WithRmspropCenteredMomentum::create,
            UnrolledMatrix_WithRmspropCenteredMomentumClipValue::create,
            UnrolledMatrix_WithRmspropCenteredMomentumClipNorm::create,
            UnrolledMatrix_WithRmspropCenteredMomentumGlobalClipNorm::create,
            UnrolledMatrix_WithAdam::create,
            UnrolledMatrix_WithAdamClipValue::create,
            UnrolledMatrix_WithAdamClipNorm::create,
            UnrolledMatrix_WithAdamGlobalClipNorm::create,
            UnrolledMatrix_WithAmsgrad::create,
            UnrolledMatrix_WithAmsgradClipValue::create,
            UnrolledMatrix_WithAmsgradClipNorm::create,
            UnrolledMatrix_WithAmsgradGlobalClipNorm::create,
            UnrolledMatrix_WithNadam::create,
            UnrolledMatrix_WithNadamClipValue::create,
            UnrolledMatrix_WithNadamClipNorm::create,
            UnrolledMatrix_WithNadamGlobalClipNorm::create,
            UnrolledMatrix_WithAdamax::create,
            UnrolledMatrix_WithAdamaxClipValue::create,
            UnrolledMatrix_WithAdamaxClipNorm::create,
            UnrolledMatrix_WithAdamaxGlobalClipNorm::create,
            UnrolledMatrix_WithAdamW::create,
            UnrolledMatrix_WithAdamWClipValue::create,
            UnrolledMatrix_WithAdamWClipNorm::create,
            UnrolledMatrix_WithAdamWGlobalClipNorm::create,
            UnrolledMatrix_WithMomentumWeightDecay::create,
            UnrolledMatrix_WithAdagradWeightDecayGlobalClipNorm::create,
            UnrolledMatrix_WithRmspropWeightDecayClipNorm::create);

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 100)
    @SGD(learningRate = 0.01)
    interface WithSgd extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 101)
    @SGD(learningRate = 0.01, clipValue = 0.5)
    interface WithSgdClipValue extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 102)
    @SGD(learningRate = 0.01, clipNorm = 1)
    interface WithSgdClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 103)
    @SGD(learningRate = 0.01, globalClipNorm = 1)
    interface WithSgdGlobalClipNorm extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 104)
    @SGD(learningRate = 0.01, momentum = 0.9)
    interface WithMomentum extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 105)
    @SGD(learningRate = 0.01, momentum = 0.9, clipValue = 0.5)
    interface WithMomentumClipValue extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 106)
    @SGD(learningRate = 0.01, momentum = 0.9, clipNorm = 1)
    interface WithMomentumClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 107)
    @SGD(learningRate = 0.01, momentum = 0.9, globalClipNorm = 1)
    interface WithMomentumGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 108)
    @SGD(learningRate = 0.01, momentum = 0.9, nesterov = true)
    interface WithNesterov extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 109)
    @SGD(learningRate = 0.01, momentum = 0.9, nesterov = true, clipValue = 0.5)
    interface WithNesterovClipValue extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 110)
    @SGD(learningRate = 0.01, momentum = 0.9, nesterov = true, clipNorm = 1)
    interface WithNesterovClipNorm extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 111)
    @SGD(learningRate = 0.01, momentum = 0.9, nesterov = true, globalClipNorm = 1)
    interface WithNesterovGlobalClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 112)
    @Adagrad(learningRate = 0.01)
    interface WithAdagrad extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 113)
    @Adagrad(learningRate = 0.01, clipValue = 0.5)
    interface WithAdagradClipValue extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 114)
    @Adagrad(learningRate = 0.01, clipNorm = 1)
    interface WithAdagradClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 115)
    @Adagrad(learningRate = 0.01, globalClipNorm = 1)
    interface WithAdagradGlobalClipNorm extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 116)
    @RMSprop
    interface WithRmsprop extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 117)
    @RMSprop(clipValue = 0.5)
    interface WithRmspropClipValue extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 118)
    @RMSprop(clipNorm = 1)
    interface WithRmspropClipNorm extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 119)
    @RMSprop(globalClipNorm = 1)
    interface WithRmspropGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 120)
    @RMSprop(momentum = 0.9)
    interface WithRmspropMomentum extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 121)
    @RMSprop(momentum = 0.9, clipValue = 0.5)
    interface WithRmspropMomentumClipValue extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 122)
    @RMSprop(momentum = 0.9, clipNorm = 1)
    interface WithRmspropMomentumClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 123)
    @RMSprop(momentum = 0.9, globalClipNorm = 1)
    interface WithRmspropMomentumGlobalClipNorm extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 124)
    @RMSprop(centered = true)
    interface WithRmspropCentered extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 125)
    @RMSprop(centered = true, clipValue = 0.5)
    interface WithRmspropCenteredClipValue extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 126)
    @RMSprop(centered = true, clipNorm = 1)
    interface WithRmspropCenteredClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 127)
    @RMSprop(centered = true, globalClipNorm = 1)
    interface WithRmspropCenteredGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 128)
    @RMSprop(centered = true, momentum = 0.9)
    interface WithRmspropCenteredMomentum extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 129)
    @RMSprop(centered = true, momentum = 0.9, clipValue = 0.5)
    interface WithRmspropCenteredMomentumClipValue extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 130)
    @RMSprop(centered = true, momentum = 0.9, clipNorm = 1)
    interface WithRmspropCenteredMomentumClipNorm extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 131)
    @RMSprop(centered = true, momentum = 0.9, globalClipNorm = 1)
    interface WithRmspropCenteredMomentumGlobalClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 132)
    @Adam
    interface WithAdam extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 133)
    @Adam(clipValue = 0.5)
    interface WithAdamClipValue extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 134)
    @Adam(clipNorm = 1)
    interface WithAdamClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 135)
    @Adam(globalClipNorm = 1)
    interface WithAdamGlobalClipNorm extends Model {
        @Dense(units = 200, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 136)
    @Adam(amsgrad = true)
    interface WithAmsgrad extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @Dense(units = 40, activation = SIGMOID) DenseLayer hidden2();
        @BatchNormalization BatchNormLayer bn2();
        @Dense(units = 40, activation = TANH) DenseLayer hidden3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @PReLU PReLULayer prelu4();
        @Dense(units = 33, kernelInitializer = HE_NORMAL) DenseLayer hidden5();
        @RReLU Layer rrelu5();
        @Dense(units = 24, kernelInitializer = HE_NORMAL) DenseLayer hidden6();
        @LeakyReLU Layer leaky6();
        @Dense(units = 5, activation = SOFTMAX) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 137)
    @Adam(amsgrad = true, clipValue = 0.5)
    interface WithAmsgradClipValue extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization(center = false) BatchNormLayer bn1();
        @ELU(alpha = 0.5) Layer elu1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.BINARY_CROSSENTROPY, batchSize = 16, seed = 138)
    @Adam(amsgrad = true, clipNorm = 1)
    interface WithAmsgradClipNorm extends Model {
        @Dense(units = 48, activation = TANH) DenseLayer hidden1();
        @Dense(units = 32, kernelInitializer = HE_NORMAL) DenseLayer hidden2();
        @PReLU(shared = true) PReLULayer prelu2();
        @Dense(units = 20, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer hidden3();
        @BatchNormalization(scale = false) BatchNormLayer bn3();
        @Dense(units = 4, activation = SIGMOID) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 139)
    @Adam(amsgrad = true, globalClipNorm = 1)
    interface WithAmsgradGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @ActivationLayer(SELU) Layer selu1();
        @Dense(units = 40) DenseLayer hidden2();
        @ActivationLayer(SIGMOID) Layer sigmoid2();
        @Dense(units = 40) DenseLayer hidden3();
        @ActivationLayer(TANH) Layer tanh3();
        @Dense(units = 40, kernelInitializer = HE_NORMAL) DenseLayer hidden4();
        @ActivationLayer(ELU) Layer elu4();
        @Dense(units = 5) DenseLayer output();
        @ActivationLayer(SOFTMAX) Layer softmax();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 140)
    @Nadam
    interface WithNadam extends Model {
        @Dense(units = 48, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 33, activation = TANH, maxNorm = 2) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX, l1 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 141)
    @Nadam(clipValue = 0.5)
    interface WithNadamClipValue extends Model {
        @Dense(units = 48, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 33, activation = TANH, maxNorm = 2) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX, l1 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 142)
    @Nadam(clipNorm = 1)
    interface WithNadamClipNorm extends Model {
        @Dense(units = 48, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 33, activation = TANH, maxNorm = 2) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX, l1 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 16, seed = 143)
    @Nadam(globalClipNorm = 1)
    interface WithNadamGlobalClipNorm extends Model {
        @Dense(units = 48, activation = RELU, kernelInitializer = HE_NORMAL, l2 = 1e-4) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 33, activation = TANH, maxNorm = 2) DenseLayer hidden2();
        @Dense(units = 5, activation = SOFTMAX, l1 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.HUBER, batchSize = 16, seed = 144)
    @Adamax
    interface WithAdamax extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 33, activation = SELU, kernelInitializer = LECUN_NORMAL, maxNorm = 1.5) DenseLayer hidden2();
        @AlphaDropout(rate = 0.05) Layer dropout2();
        @Dense(units = 3, l1 = 1e-4, l2 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.HUBER, batchSize = 16, seed = 145)
    @Adamax(clipValue = 0.5)
    interface WithAdamaxClipValue extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 33, activation = SELU, kernelInitializer = LECUN_NORMAL, maxNorm = 1.5) DenseLayer hidden2();
        @AlphaDropout(rate = 0.05) Layer dropout2();
        @Dense(units = 3, l1 = 1e-4, l2 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.HUBER, batchSize = 16, seed = 146)
    @Adamax(clipNorm = 1)
    interface WithAdamaxClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 33, activation = SELU, kernelInitializer = LECUN_NORMAL, maxNorm = 1.5) DenseLayer hidden2();
        @AlphaDropout(rate = 0.05) Layer dropout2();
        @Dense(units = 3, l1 = 1e-4, l2 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.HUBER, batchSize = 16, seed = 147)
    @Adamax(globalClipNorm = 1)
    interface WithAdamaxGlobalClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 33, activation = SELU, kernelInitializer = LECUN_NORMAL, maxNorm = 1.5) DenseLayer hidden2();
        @AlphaDropout(rate = 0.05) Layer dropout2();
        @Dense(units = 3, l1 = 1e-4, l2 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 16, seed = 148)
    @AdamW
    interface WithAdamW extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dropout(rate = 0.2) Layer dropout1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL, maxNorm = 3) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 16, seed = 149)
    @AdamW(clipValue = 0.5)
    interface WithAdamWClipValue extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dropout(rate = 0.2) Layer dropout1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL, maxNorm = 3) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 16, seed = 150)
    @AdamW(clipNorm = 1)
    interface WithAdamWClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dropout(rate = 0.2) Layer dropout1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL, maxNorm = 3) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 16, seed = 151)
    @AdamW(globalClipNorm = 1)
    interface WithAdamWGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dropout(rate = 0.2) Layer dropout1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL, maxNorm = 3) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_SQUARED_ERROR, batchSize = 16, seed = 152)
    @SGD(learningRate = 0.01, momentum = 0.9, weightDecay = 0.01)
    interface WithMomentumWeightDecay extends Model {
        @Dense(units = 48, activation = RELU, kernelInitializer = HE_NORMAL, l1 = 1e-4) DenseLayer hidden1();
        @Dropout(rate = 0.3) Layer dropout1();
        @Dense(units = 33, activation = TANH, maxNorm = 2) DenseLayer hidden2();
        @Dense(units = 5, l1 = 1e-4) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.HUBER, batchSize = 16, seed = 153)
    @Adagrad(learningRate = 0.01, weightDecay = 0.01, globalClipNorm = 1)
    interface WithAdagradWeightDecayGlobalClipNorm extends Model {
        @Dense(units = 64, kernelInitializer = HE_NORMAL, useBias = false) DenseLayer hidden1();
        @BatchNormalization BatchNormLayer bn1();
        @ActivationLayer(RELU) Layer relu1();
        @Dropout(rate = 0.2) Layer dropout1();
        @Dense(units = 40, activation = ELU, kernelInitializer = HE_NORMAL, maxNorm = 3) DenseLayer hidden2();
        @PReLU PReLULayer prelu2();
        @Dense(units = 3) DenseLayer output();
    }

    @SuppressWarnings({"unroll:init-activation", "unroll:self-normalization", "unroll:vanishing-gradients", "unroll:layers", "unroll:optimizer"})
    @Network(inputs = 30, loss = Loss.MEAN_ABSOLUTE_ERROR, batchSize = 16, seed = 154)
    @RMSprop(momentum = 0.9, centered = true, weightDecay = 0.01, clipNorm = 1)
    interface WithRmspropWeightDecayClipNorm extends Model {
        @Dense(units = 64, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer hidden1();
        @AlphaDropout(rate = 0.1) Layer dropout1();
        @Dense(units = 33, activation = SELU, kernelInitializer = LECUN_NORMAL, maxNorm = 1.5) DenseLayer hidden2();
        @AlphaDropout(rate = 0.05) Layer dropout2();
        @Dense(units = 3, l1 = 1e-4, maxNorm = 2) DenseLayer output();
    }
}
