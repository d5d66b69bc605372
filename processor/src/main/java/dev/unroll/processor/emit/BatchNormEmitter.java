package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.unroll.processor.model.BatchNormModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code @BatchNormalization}: batch statistics in training, moving statistics in inference.
 * Without scale (center) the layer still multiplies by ones (adds zeros), which are not parameters.
 */
final class BatchNormEmitter implements LayerEmitter {
    private final BatchNormModel bn;
    private final LayerContext at;
    private final String gamma;
    private final String gammaGradient;
    private final String beta;
    private final String betaGradient;
    private final String movingMean;
    private final String movingVariance;
    private final String batchMean;
    private final String batchVariance;
    private final String invStd;
    private final String xhat;
    private final String output;
    private final String delta;
    private final String view;

    BatchNormEmitter(BatchNormModel bn, LayerContext at, Names names) {
        this.bn = bn;
        this.at = at;
        String name = bn.name();
        this.gamma = names.field(name, "Gamma");
        this.gammaGradient = names.field(name, "GammaGradient");
        this.beta = names.field(name, "Beta");
        this.betaGradient = names.field(name, "BetaGradient");
        this.movingMean = names.field(name, "MovingMean");
        this.movingVariance = names.field(name, "MovingVariance");
        this.batchMean = names.field(name, "BatchMean");
        this.batchVariance = names.field(name, "BatchVariance");
        this.invStd = names.field(name, "InvStd");
        this.xhat = names.field(name, "Xhat");
        this.output = names.field(name, "Output");
        this.delta = names.field(name, "Delta");
        this.view = names.field(name, "View");
    }

    @Override public void declare(ClassFields fields) {
        for (String vector : Arrays.asList(gamma, gammaGradient, beta, betaGradient, movingMean, movingVariance,
                batchMean, batchVariance, invStd)) {
            fields.floats(vector, 1, at.stride());
        }
        fields.batchRows(xhat, at.stride());
        fields.batchRows(output, at.stride());
        if (at.hasDelta()) {
            fields.batchRows(delta, at.stride());
        }
        fields.view(view, RuntimeTypes.BATCH_NORM_VIEW);
    }

    @Override public CodeBlock initialize() {
        return CodeBlock.builder()
                .addStatement("$T.fill($N, 1f)", Arrays.class, gamma)
                .addStatement("$T.fill($N, 1f)", Arrays.class, movingVariance)
                .build();
    }

    @Override public List<ParameterRef> parameters() {
        List<ParameterRef> refs = new ArrayList<>();
        if (bn.scale()) {
            refs.add(new ParameterRef(gamma, gammaGradient, bn.name() + "/gamma", 1, at.out(), at.stride()));
        }
        if (bn.center()) {
            refs.add(new ParameterRef(beta, betaGradient, bn.name() + "/beta", 1, at.out(), at.stride()));
        }
        return refs;
    }

    @Override public CodeBlock createView(Names names) {
        return CodeBlock.of("$N = new $T($S, $L, $L, $L, $T.vector($S, $N, null, $L), $T.vector($S, $N, null, $L))",
                view, RuntimeTypes.BATCH_NORM_VIEW, bn.name(), at.out(),
                bn.scale() ? names.field(gamma, "Tensor") : "null", bn.center() ? names.field(beta, "Tensor") : "null",
                RuntimeTypes.TENSOR, bn.name() + "/moving_mean", movingMean, at.out(),
                RuntimeTypes.TENSOR, bn.name() + "/moving_variance", movingVariance, at.out());
    }

    @Override public String viewField() {
        return view;
    }

    @Override public TypeName viewType() {
        return RuntimeTypes.BATCH_NORM_VIEW;
    }

    @Override public CodeBlock forward(boolean training) {
        CodeBlock.Builder code = CodeBlock.builder();
        String eps = Literals.f(bn.epsilon());
        if (training) {
            code.add("// $N (BatchNormalization $L): y = gamma (x - mean_B) / sqrt(var_B + $L) + beta\n", bn.name(),
                    at.out(), bn.epsilon());
            code.addStatement("$T.statistics($N, $N, $N, count, $L, $L)", RuntimeTypes.BATCH_NORM, at.input(),
                    batchMean, batchVariance, at.stride(), at.stride());
            code.addStatement("$T.normalizeTraining($N, $N, $N, $L, $N, $N, $N, $N, $N, count, $L, $L)",
                    RuntimeTypes.BATCH_NORM, at.input(), batchMean, batchVariance, eps, gamma, beta, invStd, xhat,
                    output, at.stride(), at.stride());
        } else {
            code.add("// $N (BatchNormalization $L): y = gamma (x - moving_mean) / sqrt(moving_variance + $L) + beta\n",
                    bn.name(), at.out(), bn.epsilon());
            code.addStatement("$T.normalizeInference($N, $N, $N, $L, $N, $N, $N, count, $L, $L)",
                    RuntimeTypes.BATCH_NORM, at.input(), movingMean, movingVariance, eps, gamma, beta, output,
                    at.stride(), at.stride());
        }
        return code.build();
    }

    @Override public CodeBlock backward() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// $N: dgamma = sum(dy xhat); dbeta = sum(dy)$L\n", bn.name(), at.needsInputGradient()
                ? "; dx = gamma / (m sqrt(var_B + eps)) (m dy - dbeta - xhat dgamma)" : "");
        code.addStatement("$T.parameterGradients($N, $N, $N, $N, count, $L, $L)", RuntimeTypes.BATCH_NORM, delta, xhat,
                gammaGradient, betaGradient, at.stride(), at.stride());
        if (at.needsInputGradient()) {
            code.addStatement("$T.inputGradient($N, $N, $N, $N, $N, $N, $N, count, $L, $L)", RuntimeTypes.BATCH_NORM,
                    delta, xhat, gamma, invStd, gammaGradient, betaGradient, at.inputDelta(), at.stride(), at.stride());
        }
        return code.build();
    }

    @Override public CodeBlock updateStatistics() {
        String momentum = Literals.f(bn.momentum());
        return CodeBlock.builder()
                .add("// $N: moving = moving $L + batch (1 - $L)\n", bn.name(), bn.momentum(), bn.momentum())
                .addStatement("$T.updateMoving($N, $N, $L, $L)", RuntimeTypes.BATCH_NORM, movingMean, batchMean,
                        momentum, at.stride())
                .addStatement("$T.updateMoving($N, $N, $L, $L)", RuntimeTypes.BATCH_NORM, movingVariance,
                        batchVariance, momentum, at.stride())
                .build();
    }
}
