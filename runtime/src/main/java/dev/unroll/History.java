package dev.unroll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code fit} recorded, one {@link Epoch} per epoch, plus the gradient monitor's warnings.
 * Per trainable layer ({@link #layers()}), each epoch holds the mean L2 norm of the layer's
 * gradient and the mean ratio of the update's size to the weights' size over the sampled steps.
 */
public final class History {
    /**
     * One epoch: mean training loss and accuracy over its steps, validation loss and accuracy (NaN
     * without validation data; accuracy is NaN for mean squared error), wall time, the learning rate
     * of its last step, and the monitor's per-layer means.
     */
    public record Epoch(int number, double loss, double accuracy, double validationLoss, double validationAccuracy,
                        double seconds, double learningRate, double[] gradientNorms, double[] updateRatios) {
        /** Keeps copies: an epoch, once recorded, does not change. */
        public Epoch {
            gradientNorms = gradientNorms.clone();
            updateRatios = updateRatios.clone();
        }

        /** Per trainable layer, the mean L2 norm of its gradient (a copy). */
        @Override public double[] gradientNorms() {
            return gradientNorms.clone();
        }

        /** Per trainable layer, the mean ratio of the update's size to the weights' size (a copy). */
        @Override public double[] updateRatios() {
            return updateRatios.clone();
        }

        @Override public boolean equals(Object o) {
            return o instanceof Epoch e && number == e.number && Double.compare(loss, e.loss) == 0
                    && Double.compare(accuracy, e.accuracy) == 0 && Double.compare(validationLoss, e.validationLoss) == 0
                    && Double.compare(validationAccuracy, e.validationAccuracy) == 0
                    && Double.compare(seconds, e.seconds) == 0 && Double.compare(learningRate, e.learningRate) == 0
                    && Arrays.equals(gradientNorms, e.gradientNorms) && Arrays.equals(updateRatios, e.updateRatios);
        }

        @Override public int hashCode() {
            return Objects.hash(number, loss, accuracy, validationLoss, validationAccuracy, seconds, learningRate,
                    Arrays.hashCode(gradientNorms), Arrays.hashCode(updateRatios));
        }

        @Override public String toString() {
            return String.format(Locale.ROOT, "Epoch[number=%d, loss=%.6g, accuracy=%.6g, validationLoss=%.6g,"
                            + " validationAccuracy=%.6g, seconds=%.3f, learningRate=%.6g, gradientNorms=%s,"
                            + " updateRatios=%s]", number, loss, accuracy, validationLoss, validationAccuracy, seconds,
                    learningRate, Arrays.toString(gradientNorms), Arrays.toString(updateRatios));
        }
    }

    private final List<String> layers;
    private final List<Epoch> epochs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int bestEpoch;
    private boolean stoppedEarly;

    public History(List<String> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Names of the layers the monitor watches (those with parameters), in order. */
    public List<String> layers() {
        return layers;
    }

    public List<Epoch> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /** The monitor's warnings, in the order they were given. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The 1-based epoch early stopping judged best, or 0 without early stopping. */
    public int bestEpoch() {
        return bestEpoch;
    }

    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    public double[] loss() {
        return epochs.stream().mapToDouble(Epoch::loss).toArray();
    }

    public double[] accuracy() {
        return epochs.stream().mapToDouble(Epoch::accuracy).toArray();
    }

    public double[] validationLoss() {
        return epochs.stream().mapToDouble(Epoch::validationLoss).toArray();
    }

    public double[] validationAccuracy() {
        return epochs.stream().mapToDouble(Epoch::validationAccuracy).toArray();
    }

    /** The learning rate of each epoch's last step (a schedule's, or as reduce-on-plateau left it). */
    public double[] learningRate() {
        return epochs.stream().mapToDouble(Epoch::learningRate).toArray();
    }

    /** Total training time in seconds. */
    public double seconds() {
        return epochs.stream().mapToDouble(Epoch::seconds).sum();
    }

    public void add(Epoch epoch) {
        epochs.add(epoch);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public void finish(int bestEpoch, boolean stoppedEarly) {
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
    }

    @Override public String toString() {
        StringBuilder out = new StringBuilder("epoch      loss  accuracy  val_loss  val_acc     secs\n");
        for (Epoch e : epochs) {
            out.append(String.format(Locale.ROOT, "%5d  %8.4f  %8.4f  %8.4f  %7.4f  %7.2f%n", e.number(), e.loss(),
                    e.accuracy(), e.validationLoss(), e.validationAccuracy(), e.seconds()));
        }
        return out.toString();
    }
}
