package dev.unroll.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.unroll.Activation;
import dev.unroll.Initializer;
import dev.unroll.processor.model.DenseModel;

/** {@code @Dense}: z = x W + b, then the layer's activation in place. */
final class DenseEmitter extends LayerEmitter {
    private final DenseModel dense;
    private final ActivationCode activation;
    private final boolean linear;
    private final String kernel;
    private final String kernelGradient;
    private final String kernelTransposed;
    private final String inputTransposed;
    private final String bias;
    private final String biasGradient;
    private final String z;
    private final String norms;

    DenseEmitter(DenseModel dense, LayerContext at, Names names) {
        super(dense, at, names);
        this.dense = dense;
        this.activation = new ActivationCode(dense.activation(), at);
        this.linear = dense.isLinear();
        String name = dense.name();
        this.kernel = names.field(name, "Kernel");
        this.kernelGradient = names.field(name, "KernelGradient");
        this.kernelTransposed = names.field(name, "KernelT");
        this.inputTransposed = names.field(name, "InputT");
        this.bias = dense.useBias() ? names.field(name, "Bias") : null;
        this.biasGradient = dense.useBias() ? names.field(name, "BiasGradient") : null;
        this.z = linear ? output : names.field(name, "Z");
        this.norms = dense.maxNorm() > 0 ? names.field(name, "Norms") : null;
    }

    @Override void declare(ClassFields fields) {
        fields.floats(kernel, at.in(), at.stride());
        fields.floats(kernelGradient, at.in(), at.stride());
        if (at.needsInputGradient()) {
            fields.floats(kernelTransposed, at.out(), at.inStride());
        }
        fields.batchRows(inputTransposed, at.in());
        if (dense.useBias()) {
            fields.floats(bias, 1, at.stride());
            fields.floats(biasGradient, 1, at.stride());
        }
        if (!linear) {
            fields.batchRows(z, at.stride());
        }
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        if (norms != null) {
            fields.floats(norms, 1, at.stride());
        }
        fields.view(view, RuntimeTypes.DENSE_VIEW);
    }

    @Override CodeBlock initialize() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement(Calls.of(RuntimeTypes.INITIALIZERS, "fill", initializer(dense.kernelInitializer()), kernel,
                at.in(), at.out(), at.stride(), at.in(), at.out(), Calls.of(RuntimeTypes.RNG, "key", "seed", at.index(), 0)));
        if (dense.useBias() && dense.biasInitializer() != Initializer.ZEROS) {
            // Keras' fans of a vector: fan_in = fan_out = its length
            code.addStatement(Calls.of(RuntimeTypes.INITIALIZERS, "fill", initializer(dense.biasInitializer()), bias, 1,
                    at.out(), at.stride(), at.out(), at.out(), Calls.of(RuntimeTypes.RNG, "key", "seed", at.index(), 1)));
        }
        return code.build();
    }

    private static CodeBlock initializer(Initializer initializer) {
        return CodeBlock.of("$T.$L", Initializer.class, initializer);
    }

    @Override CodeBlock createView(Tensors tensors) {
        return CodeBlock.of("$N = new $T($S,$W$L,$W$L,$W$T.$L,$W$N,$W$L,$W$N,$W$L)", view, RuntimeTypes.DENSE_VIEW,
                dense.name(), at.in(), at.out(), ClassName.get(Activation.class), dense.activation().kind(),
                tensors.of(kernel), dense.useBias() ? tensors.of(bias) : "null", output,
                at.stride());
    }


    @Override CodeBlock forward(boolean training) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// $N (Dense $L -> $L$L): z = x W$L$L\n", dense.name(), at.in(), at.out(), describeActivation(),
                dense.useBias() ? " + b" : "", linear ? "" : "; " + activation.formula());
        code.addStatement(Calls.parallel("forward", "count", at.stride(), at.in(), at.inputRows(training),
                kernel, at.stride(), dense.useBias() ? bias : "null", z, at.stride()));
        if (!linear) {
            code.addStatement(activation.forward(z, output, null, training));
        }
        return code.build();
    }

    /**
     * A linear layer's bias that goes straight into batch normalization has a gradient of exactly
     * zero in training: the normalization subtracts the batch mean, bias included. (With an
     * activation in between it does not cancel.)
     */
    private boolean biasCancelled() {
        return dense.useBias() && linear && at.feedsBatchNorm();
    }

    @Override CodeBlock backward() {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean activationBackward = !linear && !at.fusedWithLoss();
        code.add("// $N: $LdW = x^T dz$L$L\n", dense.name(), activationBackward ? activation.derivative() + "; " : "",
                !dense.useBias() ? "" : biasCancelled() ? "; db = 0 (batch normalization removes the mean)"
                        : "; db = sum(dz)", at.needsInputGradient() ? "; dx = dz W^T" : "");
        if (activationBackward) {
            code.addStatement(activation.backward(z, output, delta, delta, null));
        }
        code.addStatement(Calls.parallel("weightGradient", "count", at.stride(), at.in(), at.input(),
                at.inStride(), delta, at.stride(), kernelGradient, at.stride(), inputTransposed));
        if (dense.penalized()) {
            String l1 = dense.l1() != 0 ? " + " + dense.l1() + " sign(W)" : "";
            String l2 = dense.l2() != 0 ? " + 2 " + dense.l2() + " W" : "";
            code.add("// $N: dW$L$L (penalties)\n", dense.name(), l1, l2);
            code.addStatement(Calls.of(RuntimeTypes.PENALTIES, "addGradient", kernel, kernelGradient,
                    at.in() * at.stride(), Literals.d(dense.l1()), Literals.d(dense.l2())));
        }
        if (dense.useBias() && !biasCancelled()) {
            code.addStatement(Calls.of(RuntimeTypes.MAT_MUL, "biasGradient", "count", at.stride(), delta, at.stride(),
                    biasGradient));
        } else if (biasCancelled()) {
            code.beginControlFlow("if (!$N.isTrainable())", at.nextView())
                    .add("// a frozen batch normalization subtracts its constant moving mean: db = sum(dz)\n")
                    .addStatement(Calls.of(RuntimeTypes.MAT_MUL, "biasGradient", "count", at.stride(), delta,
                            at.stride(), biasGradient))
                    .nextControlFlow("else")
                    .addStatement("$T.fill($N, 0f)", java.util.Arrays.class, biasGradient)
                    .endControlFlow();
        }
        if (at.needsInputGradient()) {
            code.addStatement(Calls.of(RuntimeTypes.MAT_MUL, "transpose", kernel, at.in(), at.out(), at.stride(),
                    kernelTransposed, at.inStride()));
            code.addStatement(Calls.parallel("inputGradient", "count", at.out(), at.inStride(), delta,
                    at.stride(), kernelTransposed, at.inStride(), at.inputDelta(), at.inStride()));
        }
        return code.build();
    }

    @Override CodeBlock penalty() {
        if (!dense.penalized()) {
            return null;
        }
        return Calls.of(RuntimeTypes.PENALTIES, "value", kernel, at.in() * at.stride(), Literals.d(dense.l1()),
                Literals.d(dense.l2()));
    }

    @Override CodeBlock afterUpdate() {
        if (norms == null) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// $N: max-norm, W[:, j] *= min(||W[:, j]||, $L) / (1e-7 + ||W[:, j]||)\n", dense.name(),
                        dense.maxNorm())
                .addStatement(Calls.of(RuntimeTypes.PENALTIES, "maxNorm", kernel, at.in(), at.stride(),
                        Literals.d(dense.maxNorm()), norms))
                .build();
    }

    private String describeActivation() {
        return linear ? "" : ", " + dense.activation().kind().keyword();
    }
}
