package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.DenseModel;
import dev.unroll.processor.model.Layout;
import dev.unroll.processor.model.NetworkModel;

/**
 * The generated constructor allocates every buffer and builds every tensor and view, and a Java
 * method holds at most 65,535 bytes of bytecode: past that javac fails with "code too large" inside
 * the generated class. The passes are split into helper methods and have no such limit, but final
 * fields can only be set in the constructor. This check estimates the constructor's size from the
 * network (an upper bound that {@code HugeMethodTest} holds against the class files javac writes)
 * and reports the limit before javac trips over it.
 */
public final class ConstructorSizeValidator implements Validator {
    /** The JVM's limit on one method's bytecode. */
    static final int METHOD_LIMIT = 65_535;

    /** Bytes the constructor needs whatever the layers: the super call, the input buffer, register. */
    static final int BASE = 200;
    /** Bytes per layer: its output and gradient buffers, scratch buffers, initialization and view. */
    static final int PER_LAYER = 120;
    /** Bytes per trainable array: the array and its gradient, their tensor and its place in register. */
    static final int PER_ARRAY = 50;
    /** Bytes per optimizer slot of a trainable array: the array, its tensor and its place in register. */
    static final int PER_SLOT = 36;
    /**
     * Bytes per Dense layer with {@code maxNorm}: its norms buffer, {@code new float[stride]} (8 bytes
     * with the stride a {@code bipush}, 9 with a {@code sipush} or an {@code ldc_w}). PER_LAYER's margin
     * does not cover it: a deep Dense stack is within 1 % of the estimate at the limit.
     */
    static final int PER_MAX_NORM = 9;

    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        if (!network.complete() || network.layers().isEmpty() || network.optimizers().size() != 1
                || network.inputs() < 1) {
            return;
        }
        int layers = network.layers().size();
        int arrays = 0;
        for (Layout.Shape shape : Layout.shapes(network)) {
            arrays += network.layers().get(shape.index()).parameters(shape).size();
        }
        int slots = network.optimizer().slots().size();
        int maxNorms = (int) network.layers().stream()
                .filter(layer -> layer instanceof DenseModel dense && dense.maxNorm() > 0).count();
        long bytes = estimate(layers, arrays, slots, maxNorms);
        if (bytes > METHOD_LIMIT) {
            long fit = (long) (METHOD_LIMIT - BASE) * layers / (bytes - BASE);
            diagnostics.report(Message.TOO_DEEP, network.origin().elementOnly(), network.interfaceName(), layers,
                    bytes, METHOD_LIMIT, fit);
        }
    }

    /**
     * The constructor's bytecode, at most, for {@code layers} layers with {@code arrays} trainable arrays,
     * {@code maxNorms} of the layers Dense with a max-norm constraint. Dropout masks, l1/l2 penalties and
     * the optimizers' own fields (Nadam's schedule, AdamW's decay) fit in PER_LAYER's and BASE's margins
     * ({@code HugeMethodTest} holds them).
     */
    public static long estimate(int layers, int arrays, int slotsPerArray, int maxNorms) {
        return BASE + (long) PER_LAYER * layers + (long) PER_ARRAY * arrays + (long) PER_SLOT * arrays * slotsPerArray
                + (long) PER_MAX_NORM * maxNorms;
    }
}
