package dev.unroll.runtime;

import dev.unroll.History;
import dev.unroll.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Keras' progress display: on a terminal a bar with ETA, loss and accuracy redrawn in place (at
 * most ten times a second, so steps stay cheap); elsewhere, as in CI logs, one line per epoch.
 */
final class ProgressPrinter {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final boolean bar;
    private final boolean silent;
    private final PrintStream out;
    private final int epochs;
    private final int steps;
    private final boolean hasAccuracy;
    private long epochStart;
    private long lastDraw;
    private boolean drawn;

    ProgressPrinter(Progress mode, PrintStream out, int epochs, int steps, boolean hasAccuracy) {
        this.silent = mode == Progress.SILENT;
        this.bar = mode == Progress.BAR || mode == Progress.AUTO && System.console() != null;
        this.out = out;
        this.epochs = epochs;
        this.steps = steps;
        this.hasAccuracy = hasAccuracy;
    }

    void startEpoch() {
        epochStart = System.nanoTime();
        lastDraw = epochStart;
    }

    /** After step {@code step} (1-based) of the epoch. */
    void step(int epoch, int step, double loss, double accuracy) {
        if (!bar || silent) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && step < steps) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int done = (int) ((long) WIDTH * step / steps);
        String arrow = "=".repeat(Math.max(0, done - 1)) + (done < WIDTH ? ">" : "=") + ".".repeat(WIDTH - done);
        double eta = (now - epochStart) / 1e9 / step * (steps - step);
        out.printf(Locale.ROOT, "\rEpoch %d/%d [%s] %d/%d - ETA %.0fs - loss: %.4f%s", epoch, epochs, arrow, step,
                steps, eta, loss, hasAccuracy ? String.format(Locale.ROOT, " - accuracy: %.4f", accuracy) : "");
        out.flush();
    }

    void endEpoch(History.Epoch e, boolean validated) {
        if (silent) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Epoch %d/%d - %d steps - %.1fs - loss: %.4f",
                e.number(), epochs, steps, e.seconds(), e.loss()));
        if (hasAccuracy) {
            line.append(String.format(Locale.ROOT, " - accuracy: %.4f", e.accuracy()));
        }
        if (validated) {
            line.append(String.format(Locale.ROOT, " - val_loss: %.4f", e.validationLoss()));
            if (hasAccuracy) {
                line.append(String.format(Locale.ROOT, " - val_accuracy: %.4f", e.validationAccuracy()));
            }
        }
        line.append(String.format(Locale.ROOT, " - lr: %.3g", e.learningRate()));
        print(line.toString());
    }

    void message(String text) {
        if (!silent) {
            print(text);
        }
    }

    /** A full line, replacing the bar if one is drawn. */
    private void print(String text) {
        if (drawn) {
            out.print("\r\033[2K");
            drawn = false;
        }
        out.println(text);
        out.flush();
    }
}
