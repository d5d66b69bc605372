package dev.unroll;

/**
 * What an epoch listener ({@link Training#onEpochEnd}) sees after each epoch of {@code fit}: the
 * epoch's {@link History.Epoch} record, the model (which the listener may use from the same
 * thread: evaluate it, save it, change its learning rate), and {@link #stop()} to end training
 * after this epoch, as Keras' {@code model.stop_training = True}.
 */
public final class EpochEnd {
    private final History.Epoch epoch;
    private final Model model;
    private boolean stop;

    public EpochEnd(History.Epoch epoch, Model model) {
        this.epoch = epoch;
        this.model = model;
    }

    public History.Epoch epoch() {
        return epoch;
    }

    public Model model() {
        return model;
    }

    /** Ends training after this epoch; {@link History#stoppedEarly()} is then true. */
    public void stop() {
        stop = true;
    }

    public boolean stopped() {
        return stop;
    }

    /** Called by {@code fit} after every epoch. */
    @FunctionalInterface
    public interface Listener {
        void onEpochEnd(EpochEnd end);
    }
}
