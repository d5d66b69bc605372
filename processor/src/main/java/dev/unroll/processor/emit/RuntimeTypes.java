package dev.unroll.processor.emit;

import com.palantir.javapoet.ClassName;
import dev.unroll.processor.model.GeneratedClass;

/**
 * The runtime classes generated code calls, by name: the processor must not load the kernel
 * classes themselves (they need the Vector API module, which javac's own JVM may lack).
 */
final class RuntimeTypes {
    private static final String KERNELS = "dev.unroll.kernels";
    private static final String RUNTIME = "dev.unroll.runtime";

    static final ClassName MAT_MUL = ClassName.get(KERNELS, "MatMul");
    static final ClassName ACTIVATIONS = ClassName.get(KERNELS, "Activations");
    static final ClassName PARAMETRIC_RELU = ClassName.get(KERNELS, "ParametricRelu");
    static final ClassName RANDOMIZED_RELU = ClassName.get(KERNELS, "RandomizedRelu");
    static final ClassName SOFTMAX = ClassName.get(KERNELS, "Softmax");
    static final ClassName LOSSES = ClassName.get(KERNELS, "Losses");
    static final ClassName BATCH_NORM = ClassName.get(KERNELS, "BatchNorm");
    static final ClassName ROWS = ClassName.get(KERNELS, "Rows");
    static final ClassName RNG = ClassName.get(KERNELS, "Rng");
    static final ClassName INITIALIZERS = ClassName.get(KERNELS, "Initializers");
    static final ClassName CLIPPING = ClassName.get(KERNELS, "Clipping");
    static final ClassName ADAM_UPDATE = ClassName.get(KERNELS, "AdamUpdate");
    static final ClassName ADAMAX_UPDATE = ClassName.get(KERNELS, "AdamaxUpdate");
    static final ClassName NADAM_UPDATE = ClassName.get(KERNELS, "NadamUpdate");
    static final ClassName NADAM_SCHEDULE = ClassName.get(KERNELS, "NadamUpdate", "Schedule");
    static final ClassName WEIGHT_DECAY = ClassName.get(KERNELS, "WeightDecay");
    static final ClassName PENALTIES = ClassName.get(KERNELS, "Penalties");
    static final ClassName DROPOUT = ClassName.get(KERNELS, "Dropout");

    static final ClassName GENERATED_NETWORK = ClassName.bestGuess(GeneratedClass.BASE);
    static final ClassName TENSOR = ClassName.get(RUNTIME, "Tensor");
    static final ClassName LAYER_VIEW = ClassName.get(RUNTIME, "LayerView");
    static final ClassName DENSE_VIEW = ClassName.get(RUNTIME, "DenseView");
    static final ClassName BATCH_NORM_VIEW = ClassName.get(RUNTIME, "BatchNormView");
    static final ClassName PRELU_VIEW = ClassName.get(RUNTIME, "PReLUView");

    private RuntimeTypes() {}
}
