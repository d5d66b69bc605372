package dev.unroll;

/**
 * Training produced a NaN or infinite loss. {@code fit} stops before applying that step, so the
 * network keeps its last finite parameters; the message names the first layer whose values stopped
 * being finite.
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

    /** The 1-based optimizer step that was refused. */
    public long step() {
        return step;
    }

    /** The first layer with non-finite values (parameters or outputs), or null when none was found. */
    public String layer() {
        return layer;
    }
}
