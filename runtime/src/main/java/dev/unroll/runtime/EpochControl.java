package dev.unroll.runtime;

import dev.unroll.EpochEnd;
import dev.unroll.History;
import dev.unroll.Monitor;
import dev.unroll.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What {@code fit} does between epochs besides early stopping: the checkpoint (every epoch, or
 * best-only by a monitored quantity), reduce-on-plateau, and the user's epoch listener.
 */
final class EpochControl {
    private final GeneratedNetwork net;
    private final Training training;
    private final boolean validated;
    private double bestCheckpoint = Double.NaN;
    private double bestPlateau = Double.NaN;
    private int wait;
    private int cooldown;

    EpochControl(GeneratedNetwork net, Training training, boolean validated) {
        this.net = net;
        this.training = training;
        this.validated = validated;
    }

    /** Runs after {@code record} is in the history; returns whether the listener asked to stop. */
    boolean endEpoch(History.Epoch record, Consumer<String> messages) {
        checkpoint(record, messages);
        plateau(record, messages);
        if (training.epochListener() == null) {
            return false;
        }
        EpochEnd end = new EpochEnd(record, net);
        training.epochListener().onEpochEnd(end);
        return end.stopped();
    }

    private void checkpoint(History.Epoch record, Consumer<String> messages) {
        if (training.checkpointFile() == null) {
            return;
        }
        Monitor monitor = training.checkpointMonitor();
        if (monitor != null) {
            double value = monitor.of(record);
            if (!monitor.improves(value, bestCheckpoint, 0)) {
                return;
            }
            bestCheckpoint = value;
        }
        try {
            ModelFile.save(net, training.checkpointFile());
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint after epoch " + record.number() + " failed: " + e.getMessage()
                    + "; the file holds the previous checkpoint, and the network is as after epoch "
                    + record.number(), e);
        }
        if (monitor != null) {
            messages.accept(String.format(Locale.ROOT, "Epoch %d: %s improved to %.4f, saved %s", record.number(),
                    monitor.name().toLowerCase(Locale.ROOT), bestCheckpoint, training.checkpointFile()));
        }
    }

    private void plateau(History.Epoch record, Consumer<String> messages) {
        if (training.plateauFactor() == 0) {
            return;
        }
        Monitor monitor = validated ? Monitor.VALIDATION_LOSS : Monitor.LOSS;
        double value = monitor.of(record);
        if (cooldown > 0) {
            cooldown--;
            wait = 0;
        }
        if (monitor.improves(value, bestPlateau, training.plateauMinDelta())) {
            bestPlateau = value;
            wait = 0;
        } else if (cooldown == 0 && ++wait >= training.plateauPatience()) {
            double old = net.learningRate();
            double lowered = Math.max(old * training.plateauFactor(), training.plateauMinLearningRate());
            if (lowered < old && lowered > 0) {
                net.changeLearningRate(lowered);
                messages.accept(String.format(Locale.ROOT, "Epoch %d: reducing the learning rate from %.6g to %.6g",
                        record.number(), old, lowered));
            }
            cooldown = training.plateauCooldown();
            wait = 0;
        }
    }
}
