package dev.unroll.processor.model;

import dev.unroll.Layer;
import java.util.List;

/**
 * {@code @Dropout} or {@code @AlphaDropout} ({@code alpha}): no parameters, random in training,
 * the identity in inference (unless {@code predictMonteCarlo} keeps it active).
 */
public record DropoutModel(String name, String returnType, Origin origin, double rate, boolean alpha)
        implements LayerModel {
    @Override public String kind() {
        return alpha ? "AlphaDropout" : "Dropout";
    }

    @Override public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override public Class<? extends Layer> viewType() {
        return Layer.class;
    }

    @Override public List<ParameterArray> parameters(Layout.Shape shape) {
        return List.of();
    }

    /** The kind with its rate, for the summary: {@code Dropout (rate 0.2)}. */
    public String description() {
        return kind() + " (rate " + rate + ")";
    }
}
