package dev.unroll.runtime;

import dev.unroll.PReLULayer;
import java.util.List;

/** The view of a PReLU layer. */
public final class PReLUView extends LayerView implements PReLULayer {
    private final Tensor alpha;

    public PReLUView(String name, int size, Tensor alpha, float[] output, int outputStride) {
        super(name, "PReLU", alpha.size() == 1 && size > 1 ? "PReLU (shared)" : "PReLU", size, size, output,
                outputStride, List.of(alpha));
        this.alpha = alpha;
    }

    @Override public float[] alpha() {
        return alpha.values();
    }

    @Override public void setAlpha(float[] values) {
        alpha.set(values);
    }

    @Override public float[] alphaGradient() {
        return alpha.gradient();
    }

    @Override public int parameterCount() {
        return alpha.size();
    }

    /** Freezes ({@code false}) or unfreezes the layer: the optimizer leaves frozen parameters and their state alone. */
    @Override public void setTrainable(boolean trainable) {
        changeTrainable(trainable);
    }
}
