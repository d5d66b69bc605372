package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.BatchNormModel;
import java.util.Arrays;
import java.util.List;

/**
 * {@code @BatchNormalization}: batch statistics in training, moving statistics in inference.
 * Without scale (center) the layer still multiplies by ones (adds zeros), which are not parameters.
 */
final class BatchNormEmitter extends LayerEmitter {
    private final BatchNormModel bn;
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

    BatchNormEmitter(BatchNormModel bn, LayerContext at, Names names) {
        super(bn, at, names);
        this.bn = bn;
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
    }

    @Override void declare(ClassFields fields) {
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

    @Override CodeBlock initialize() {
        return CodeBlock.builder()
                .addStatement("$T.fill($N, 1f)", Arrays.class, gamma)
                .addStatement("$T.fill($N, 1f)", Arrays.class, movingVariance)
                .build();
    }

    @Override List<ParameterRef> statistics() {
        return List.of(new ParameterRef(movingMean, null, bn.name() + "/moving_mean", 1, at.out(), at.stride(), null),
                new ParameterRef(movingVariance, null, bn.name() + "/moving_variance", 1, at.out(), at.stride(),
                        null));
    }

    @Override CodeBlock createView(Tensors tensors) {
        return CodeBlock.of("$N = new $T($S,$W$L,$W$L,$W$L,$W$N,$W$N,$W$N,$W$L,$W$L,$W$L)", view,
                RuntimeTypes.BATCH_NORM_VIEW, bn.name(), at.out(), bn.scale() ? tensors.of(gamma) : "null",
                bn.center() ? tensors.of(beta) : "null", tensors.of(movingMean), tensors.of(movingVariance), output,
                at.stride(), bn.momentum(), bn.epsilon());
    }


    @Override CodeBlock forward(boolean training) {
        CodeBlock.Builder code = CodeBlock.builder();
        String eps = Literals.f(bn.epsilon());
        if (training) {
            code.add("// $N (BatchNormalization $L): y = gamma (x - mean_B) / sqrt(var_B + $L) + beta\n", bn.name(),
                    at.out(), bn.epsilon());
            code.beginControlFlow("if ($N.isTrainable())", view);
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "statistics", at.input(), batchMean, batchVariance,
                    "count", at.stride(), at.stride()));
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "normalizeTraining", at.input(), batchMean,
                    batchVariance, eps, gamma, beta, invStd, xhat, output, "count", at.stride(), at.stride()));
            code.nextControlFlow("else");
            code.add("// frozen: inference mode, with the moving statistics (as Keras)\n");
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "normalizeTraining", at.input(), movingMean,
                    movingVariance, eps, gamma, beta, invStd, xhat, output, "count", at.stride(), at.stride()));
            code.endControlFlow();
        } else {
            code.add("// $N (BatchNormalization $L): y = gamma (x - moving_mean) / sqrt(moving_variance + $L) + beta\n",
                    bn.name(), at.out(), bn.epsilon());
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "normalizeInference", at.input(), movingMean,
                    movingVariance, eps, gamma, beta, output, "count", at.stride(), at.stride()));
        }
        return code.build();
    }

    @Override CodeBlock backward() {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// $N: dgamma = sum(dy xhat); dbeta = sum(dy)$L\n", bn.name(), at.needsInputGradient()
                ? "; dx = gamma / sqrt(var_B + eps) (dy - dbeta / m - xhat dgamma / m)" : "");
        code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "parameterGradients", delta, xhat, gammaGradient,
                betaGradient, "count", at.stride(), at.stride()));
        if (at.needsInputGradient()) {
            code.beginControlFlow("if ($N.isTrainable())", view);
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "inputGradient", delta, xhat, gamma, invStd,
                    gammaGradient, betaGradient, at.inputDelta(), "count", at.stride(), at.stride()));
            code.nextControlFlow("else");
            code.add("// frozen: the moving statistics are constants, dx = gamma / sqrt(moving_variance + eps) dy\n");
            code.addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "inputGradientFrozen", delta, gamma, invStd,
                    at.inputDelta(), "count", at.stride(), at.stride()));
            code.endControlFlow();
        }
        return code.build();
    }

    @Override CodeBlock updateStatistics() {
        String momentum = Literals.f(bn.momentum());
        return CodeBlock.builder()
                .add("// $N: moving = moving $L + batch (1 - $L), unless frozen\n", bn.name(), bn.momentum(),
                        bn.momentum())
                .beginControlFlow("if ($N.isTrainable())", view)
                .addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "updateMoving", movingMean, batchMean, momentum,
                        at.stride()))
                .addStatement(Calls.of(RuntimeTypes.BATCH_NORM, "updateMoving", movingVariance, batchVariance, momentum,
                        at.stride()))
                .endControlFlow()
                .build();
    }
}
