package dev.unroll.processor.model;

import dev.unroll.BatchNormLayer;
import dev.unroll.Layer;
import java.util.ArrayList;
import java.util.List;

/** {@code @BatchNormalization}. */
public record BatchNormModel(String name, String returnType, Origin origin, double momentum, double epsilon,
                             boolean center, boolean scale) implements LayerModel {
    @Override public String kind() {
        return "BatchNormalization";
    }

    @Override public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override public Class<? extends Layer> viewType() {
        return BatchNormLayer.class;
    }

    /** {@code gamma} (with scale), then {@code beta} (with center). Moving statistics are not trained. */
    @Override public List<ParameterArray> parameters(Layout.Shape shape) {
        List<ParameterArray> arrays = new ArrayList<>();
        if (scale) {
            arrays.add(new ParameterArray("gamma", 1, shape.out(), shape.stride()));
        }
        if (center) {
            arrays.add(new ParameterArray("beta", 1, shape.out(), shape.stride()));
        }
        return arrays;
    }
}
