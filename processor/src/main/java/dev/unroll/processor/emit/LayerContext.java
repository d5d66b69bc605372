package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Where one layer sits in the generated class: its widths, the buffer it reads ({@code x} itself
 * for a first Dense layer, otherwise a padded field), the gradient buffer of that input (null when
 * nothing before the layer is trainable, so the input gradient is skipped), and its role in the
 * backward pass.
 *
 * @param runsBackward   some layer up to and including this one is trainable
 * @param last           the layer is the network's output
 * @param fusedWithLoss  the layer's final activation is folded into the loss gradient
 * @param feedsBatchNorm the next layer is batch normalization, which subtracts the batch mean in
 *                       training
 */
record LayerContext(int index, String name, int in, int out, int inStride, int stride, String input,
                    boolean inputIsUser, String inputDelta, boolean runsBackward, boolean last,
                    boolean fusedWithLoss, boolean feedsBatchNorm) {

    /** Arguments {@code array, offset, ld} of the layer's input for {@code MatMul.forward}. */
    CodeBlock inputRows(boolean training) {
        return CodeBlock.of("$N,$W$L,$W$L", input, inputIsUser && !training ? "offset" : "0", inStride);
    }

    /** {@code count * stride}: the length of the used part of an output buffer. */
    CodeBlock length() {
        return CodeBlock.of("count * $L", stride);
    }

    /** Whether the layer keeps a gradient buffer for its output: the backward pass or the loss writes it. */
    boolean hasDelta() {
        return runsBackward || last;
    }

    boolean needsInputGradient() {
        return inputDelta != null;
    }
}
