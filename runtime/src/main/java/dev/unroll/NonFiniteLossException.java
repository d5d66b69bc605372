package dev.unroll;

/**
 * Training produced a NaN or infinite loss, or a step left a NaN or infinite parameter, moving
 * statistic or optimizer value. {@code fit} does not keep such a step: the network is left exactly
 * as it was after the last step that left everything finite ({@code step() - 1} steps), and the
 * message names the first layer (or tensor) whose values stopped being finite.
 */
public class NonFiniteLossException extends ArithmeticException {
    private final int epoch;
    private final long step;
    private final String layer;

    public NonFiniteLossException(String message, int epoch, long step, String layer) {
        super(message);
        this.epoch = epoch;
        this.step = step;
        this.layer = layer;
    }

    /** The 1-based epoch. */
    public int epoch() {
        return epoch;
    }

    /** The 1-based optimizer step that was refused or undone; the network is as after {@code step() - 1}. */
    public long step() {
        return step;
    }

    /** The first layer with non-finite values (parameters or outputs), or null when none was found. */
    public String layer() {
        return layer;
    }
}
