package dev.unroll.onnx;

import java.util.List;

/** A feed-forward ONNX graph read as a chain of steps: {@code inputs} features in, the steps in order. */
record Chain(int inputs, List<Step> steps) {
    Chain {
        steps = List.copyOf(steps);
    }

    /** The number of outputs: the width after the last step that sets one. */
    int outputs() {
        int width = inputs;
        for (Step step : steps) {
            if (step instanceof Step.Linear linear) {
                width = linear.out();
            }
        }
        return width;
    }
}
