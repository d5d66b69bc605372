package dev.unroll.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.unroll.Loss;
import javax.lang.model.element.Modifier;

/**
 * {@code lossOf}: the loss of the last training forward and the gradient it starts the backward
 * pass with. A cross-entropy writes dL/dz of the softmax (sigmoid) it is fused with: into the
 * output layer's own delta for a Dense layer, into the delta of its input for an activation layer.
 */
final class LossEmitter {
    private final Loss loss;
    private final String predictions;
    private final String delta;
    private final int outputs;
    private final int stride;
    private final List<CodeBlock> penalties;

    LossEmitter(Loss loss, String predictions, String delta, int outputs, int stride, List<CodeBlock> penalties) {
        this.penalties = penalties;
        this.loss = loss;
        this.predictions = predictions;
        this.delta = delta;
        this.outputs = outputs;
        this.stride = stride;
    }

    MethodSpec method() {
        boolean sparse = loss == Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
        MethodSpec.Builder method = MethodSpec.methodBuilder("lossOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(float.class)
                .addParameter(ArrayTypeName.of(sparse ? TypeName.INT : TypeName.FLOAT), sparse ? "labels" : "targets")
                .addParameter(int.class, "count");
        method.addComment(comment());
        CodeBlock data = Calls.of(RuntimeTypes.LOSSES, kernel(), predictions, sparse ? "labels" : "targets", delta,
                "count", outputs, stride);
        if (penalties.isEmpty()) {
            method.addStatement("return $L", data);
        } else {
            method.addComment("plus the weight penalties of the kernels: l1 sum(|W|) + l2 sum(W^2)");
            method.addStatement("return (float) ($L$W+ $L)", data, CodeBlock.join(penalties, "$W+ "));
        }
        return method.build();
    }

    /** {@code weighOutputGradient}: each row of the loss gradient times its class or sample weight. */
    MethodSpec weighMethod() {
        return MethodSpec.methodBuilder("weighOutputGradient")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(ArrayTypeName.of(TypeName.FLOAT), "weights")
                .addParameter(int.class, "count")
                .addComment("dz_i *= w_i: the gradient of sum(w_i L_i) / m")
                .addStatement(Calls.of(RuntimeTypes.LOSSES, "weighRows", delta, "weights", "count", outputs, stride))
                .build();
    }

    private String kernel() {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> "sparseCategoricalCrossentropy";
            case CATEGORICAL_CROSSENTROPY -> "categoricalCrossentropy";
            case BINARY_CROSSENTROPY -> "binaryCrossentropy";
            case MEAN_SQUARED_ERROR -> "meanSquaredError";
            case HUBER -> "huber";
            case MEAN_ABSOLUTE_ERROR -> "meanAbsoluteError";
        };
    }

    private String comment() {
        return switch (loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY -> "L = -mean(log p[y]); fused with softmax: dz = (p - onehot(y)) / m";
            case CATEGORICAL_CROSSENTROPY -> "L = -mean(sum(t log p)); fused with softmax: dz = (p sum(t) - t) / m";
            case BINARY_CROSSENTROPY -> "L = -mean(t log p + (1 - t) log(1 - p)); fused with sigmoid: dz = (p - t) / (m n)";
            case MEAN_SQUARED_ERROR -> "L = mean((y - t)^2); dy = 2 (y - t) / (m n)";
            case HUBER -> "L = mean(|e| <= 1 ? e^2 / 2 : |e| - 1 / 2), e = y - t; dy = clamp(e, -1, 1) / (m n)";
            case MEAN_ABSOLUTE_ERROR -> "L = mean(|y - t|); dy = sign(y - t) / (m n)";
        };
    }
}
