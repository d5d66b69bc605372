package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.ParameterArray;
import java.util.List;

/**
 * One array of the generated class that the cold paths see as a tensor: a trainable parameter
 * (with its gradient's field), a moving statistic or an optimizer slot (gradient null). It has a
 * name ({@code hidden1/kernel}, {@code hidden1/kernel/m}) and a shape ({@code rows × cols} stored
 * at {@code stride}). {@code view} is the field of its layer's view (whose {@code isTrainable()}
 * the update asks) for a trainable parameter, null otherwise.
 */
record ParameterRef(String value, String gradient, String flatName, int rows, int cols, int stride, String view) {
    /**
     * The trainable arrays of {@code layer} as its model lists them, each in the fields
     * {@code <layer><Name>} and {@code <layer><Name>Gradient} ({@code hidden1Kernel}, {@code hidden1KernelGradient}).
     */
    static List<ParameterRef> of(LayerModel layer, LayerContext at, Names names) {
        return layer.parameters(at.shape()).stream().map(a -> of(layer, a, names)).toList();
    }

    private static ParameterRef of(LayerModel layer, ParameterArray array, Names names) {
        String field = Character.toUpperCase(array.name().charAt(0)) + array.name().substring(1);
        return new ParameterRef(names.field(layer.name(), field), names.field(layer.name(), field + "Gradient"),
                layer.name() + "/" + array.name(), Math.toIntExact(array.rows()), Math.toIntExact(array.cols()),
                Math.toIntExact(array.stride()), names.field(layer.name(), "View"));
    }

    /** Length of the stored array, padding included; the optimizer runs over all of it. */
    int length() {
        return rows * stride;
    }

    /** {@code new Tensor(...)} or {@code Tensor.vector(...)} for the cold paths. */
    CodeBlock tensor() {
        String gradientField = gradient == null ? "null" : gradient;
        if (rows == 1) {
            return Calls.of(RuntimeTypes.TENSOR, "vector", CodeBlock.of("$S", flatName), value, gradientField, cols);
        }
        return CodeBlock.of("new $T($S,$W$N,$W$L,$W$L,$W$L,$W$L)", RuntimeTypes.TENSOR, flatName, value, gradientField,
                rows, cols, stride);
    }

    /** An optimizer slot shaped like this parameter, e.g. {@code hidden1/kernel/m}. */
    ParameterRef slot(String field, String slotName) {
        return new ParameterRef(field, null, flatName + "/" + slotName, rows, cols, stride, null);
    }
}
