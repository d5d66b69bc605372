package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.unroll.processor.model.Layout;

/**
 * Where one layer sits in the generated class: its shape, the buffer it reads ({@code x} itself
 * for a first layer that reads the user's rows, otherwise a padded field), the gradient buffer of
 * that input (null when nothing before the layer is trainable, so the input gradient is skipped),
 * and its role in the backward pass. Built by {@link LayerPlan} through {@link #builder}.
 */
final class LayerContext {
    private final Layout.Shape shape;
    private final String input;
    private final boolean inputIsUser;
    private final String inputDelta;
    private final boolean runsBackward;
    private final boolean last;
    private final boolean fusedWithLoss;
    private final boolean feedsBatchNorm;
    private final String nextView;

    private LayerContext(Builder b) {
        this.nextView = b.nextView;
        this.shape = b.shape;
        this.input = b.input;
        this.inputIsUser = b.inputIsUser;
        this.inputDelta = b.inputDelta;
        this.runsBackward = b.runsBackward;
        this.last = b.last;
        this.fusedWithLoss = b.fusedWithLoss;
        this.feedsBatchNorm = b.feedsBatchNorm;
    }

    static Builder builder(Layout.Shape shape) {
        return new Builder(shape);
    }

    Layout.Shape shape() {
        return shape;
    }

    int index() {
        return shape.index();
    }

    int in() {
        return Math.toIntExact(shape.in());
    }

    int out() {
        return Math.toIntExact(shape.out());
    }

    int inStride() {
        return Math.toIntExact(shape.inStride());
    }

    int stride() {
        return Math.toIntExact(shape.stride());
    }

    /** The buffer the layer reads. */
    String input() {
        return input;
    }

    /** The gradient buffer of the layer's input, or null when no input gradient is needed. */
    String inputDelta() {
        return inputDelta;
    }

    /** Some layer up to and including this one is trainable. */
    boolean runsBackward() {
        return runsBackward;
    }

    /** The layer's final activation is folded into the loss gradient. */
    boolean fusedWithLoss() {
        return fusedWithLoss;
    }

    /** The next layer is batch normalization, which subtracts the batch mean in training. */
    boolean feedsBatchNorm() {
        return feedsBatchNorm;
    }

    /** The view field of the next layer, or null for the last layer. */
    String nextView() {
        return nextView;
    }

    /** Arguments {@code array, offset, ld} of the layer's input for {@code MatMul.forward}. */
    CodeBlock inputRows(boolean training) {
        return CodeBlock.of("$N,$W$L,$W$L", input, inputIsUser && !training ? "offset" : "0", inStride());
    }

    /** {@code count * stride}: the length of the used part of an output buffer. */
    CodeBlock length() {
        return CodeBlock.of("count * $L", stride());
    }

    /** Whether the layer keeps a gradient buffer for its output: the backward pass or the loss writes it. */
    boolean hasDelta() {
        return runsBackward || last;
    }

    boolean needsInputGradient() {
        return inputDelta != null;
    }

    /** Names each fact of a context as it is set. */
    static final class Builder {
        private final Layout.Shape shape;
        private String input;
        private boolean inputIsUser;
        private String inputDelta;
        private boolean runsBackward;
        private boolean last;
        private boolean fusedWithLoss;
        private boolean feedsBatchNorm;
        private String nextView;

        private Builder(Layout.Shape shape) {
            this.shape = shape;
        }

        /** The layer reads {@code buffer}; {@code isUserInput} when that is the caller's {@code x}. */
        Builder reads(String buffer, boolean isUserInput) {
            this.input = buffer;
            this.inputIsUser = isUserInput;
            return this;
        }

        /** The gradient of the layer's input goes to {@code buffer} (null: not needed). */
        Builder inputGradientTo(String buffer) {
            this.inputDelta = buffer;
            return this;
        }

        Builder runsBackward(boolean value) {
            this.runsBackward = value;
            return this;
        }

        Builder last(boolean value) {
            this.last = value;
            return this;
        }

        Builder fusedWithLoss(boolean value) {
            this.fusedWithLoss = value;
            return this;
        }

        Builder feedsBatchNorm(boolean value) {
            this.feedsBatchNorm = value;
            return this;
        }

        /** The next layer's view field (it can be frozen). */
        Builder nextView(String view) {
            this.nextView = view;
            return this;
        }

        LayerContext build() {
            return new LayerContext(this);
        }
    }
}
