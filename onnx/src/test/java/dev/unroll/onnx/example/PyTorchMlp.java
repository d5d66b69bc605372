package dev.unroll.onnx.example;

import dev.unroll.*;

/**
 * Imported from pytorch_mlp.onnx (opset 13, pytorch 1.13.0) by Unroll's ONNX importer.
 * Copy the weights in with {@code dev.unroll.onnx.Onnx.load(UnrolledPyTorchMlp.create(), file)}.
 */
@Network(inputs = 10, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
@Adam
public interface PyTorchMlp extends Model {

    /** node '/0/0.0/Gemm' (Gemm). */
    @Dense(units = 32, kernelInitializer = Initializer.HE_NORMAL)
    DenseLayer layer00();

    /** node '/0/0.1/BatchNormalization' (BatchNormalization). */
    @BatchNormalization(momentum = 0.9, epsilon = 1.0E-5)
    BatchNormLayer layer01();

    /** node '/0/0.2/Relu' (Relu). */
    @ActivationLayer(Activation.RELU)
    Layer layer02();

    /** node '/0/0.3/Gemm' (Gemm). */
    @Dense(units = 16, activation = Activation.RELU, kernelInitializer = Initializer.HE_NORMAL)
    DenseLayer layer03();

    /** node '/0/0.5/Gemm' (Gemm). */
    @Dense(units = 4, activation = Activation.SOFTMAX)
    DenseLayer layer05();
}
