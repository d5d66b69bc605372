package dev.unroll.runtime;

import dev.unroll.PReLULayer;

/** The view of a PReLU layer. */
public final class PReLUView extends LayerView implements PReLULayer {
    private final Tensor alpha;

    public PReLUView(String name, int size, Tensor alpha) {
        super(name, "PReLU", size, size);
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

    @Override public String description() {
        return alpha.size() == 1 && outputSize() > 1 ? "PReLU (shared)" : "PReLU";
    }
}
