package dev.unroll.runtime;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.History;
import dev.unroll.Layer;
import dev.unroll.LearningRateSchedule;
import dev.unroll.Loss;
import dev.unroll.NonFiniteLossException;
import dev.unroll.Training;
import dev.unroll.kernels.Rng;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The loop of {@code fit}: epochs of shuffled batches through the checked training step, with the
 * schedule, the monitor, validation, early stopping and the progress display around it. Everything
 * a step touches is allocated before the first epoch.
 */
final class Trainer {
    private final GeneratedNetwork net;
    private final Training training;
    private final DataSet train;
    private final DataSet validation;
    private final Batches batches;
    private final GradientMonitor monitor;
    private final ProgressPrinter progress;
    private final EarlyStopping stopping;
    private final boolean hasAccuracy;
    private final Checkpoint checkpoint;
    /** Where the monitor's warnings go: the history and the progress display (made once, not per step). */
    private Consumer<String> warnings;

    /** {@code validationData} replaces {@code training.validationData()} (the same rows, preprocessed). */
    Trainer(GeneratedNetwork net, DataSet data, Training training, DataSet validationData) {
        Arguments.checkData(data, net.inputSize(), net.outputSize(), net.loss());
        int batchSize = training.batchSize() == 0 ? net.batchSize() : training.batchSize();
        if (batchSize > net.batchSize()) {
            throw new IllegalArgumentException("batchSize " + batchSize + " is larger than the network's batchSize "
                    + net.batchSize() + ", which sizes its buffers; declare a larger @Network(batchSize)");
        }
        int held = (int) Math.floor(data.size() * training.validationSplit());
        if (held >= data.size() || (held == 0 && training.validationSplit() > 0)) {
            throw new IllegalArgumentException("validationSplit " + training.validationSplit() + " of " + data.size()
                    + " rows " + (held == 0 ? "holds out no rows" : "leaves no rows to train on")
                    + "; change the fraction or use validationData");
        }
        this.net = net;
        this.training = training;
        this.train = held == 0 ? data : data.rows(0, data.size() - held);
        this.validation = validationData != null ? validationData
                : held == 0 ? null : data.rows(data.size() - held, data.size());
        if (validation != null) {
            Arguments.checkData(validation, net.inputSize(), net.outputSize(), net.loss());
        }
        this.batches = new Batches(train, batchSize, RowWeights.of(training, data, train, net.loss(),
                net.outputSize()));
        this.monitor = new GradientMonitor(net, training.monitorEvery());
        this.hasAccuracy = !net.loss().isRegression();
        this.progress = new ProgressPrinter(training.progress(), training.output(), training.epochs(),
                batches.batchesPerPass(), hasAccuracy);
        this.stopping = new EarlyStopping(net, training.patience(), training.restoreBestWeights());
        this.checkpoint = new Checkpoint(net);
    }

    History run() {
        Tensor broken = net.firstNonFinite();
        if (broken != null) {
            // fit's checkpoints are only as good as the state they start from
            throw new IllegalStateException("fit was given a network whose " + broken.name() + " holds a non-finite"
                    + " value (left by an earlier trainBatch, setParameters or setter): nothing was trained. Restore"
                    + " a saved model or create a new network");
        }
        History history = new History(monitor.layerNames());
        warnings = warning -> {
            history.warn(warning);
            progress.message("Warning: " + warning);
        };
        Evaluator evaluator = validation == null ? null : new Evaluator(net, validation);
        EpochControl control = new EpochControl(net, training, evaluator != null);
        Rng rng = new Rng(Rng.key(training.seed() == null ? net.seed() : training.seed(), 0x5EED));
        int epoch = 0;
        boolean stopped = false;
        boolean asked = false;
        while (!stopped && epoch < training.epochs()) {
            epoch++;
            if (training.shuffle()) {
                batches.shuffle(rng);
            } else {
                batches.rewind();
            }
            History.Epoch record = runEpoch(epoch, evaluator, history);
            history.add(record);
            progress.endEpoch(record, evaluator != null);
            asked = control.endEpoch(record, progress::message);
            stopped = stopping.stop(epoch, evaluator != null ? record.validationLoss() : record.loss()) || asked;
        }
        stopping.restore(epoch);
        history.finish(training.patience() > 0 ? stopping.bestEpoch() : 0, stopped);
        if (asked) {
            progress.message("Stopped by the epoch listener after epoch " + epoch);
        } else if (stopped) {
            progress.message(String.format(Locale.ROOT, "Early stopping after epoch %d; best epoch %d%s", epoch,
                    stopping.bestEpoch(), training.restoreBestWeights() ? ", whose weights are restored" : ""));
        }
        return history;
    }

    private History.Epoch runEpoch(int epoch, Evaluator evaluator, History history) {
        progress.startEpoch();
        long start = System.nanoTime();
        LearningRateSchedule schedule = training.schedule();
        double lossSum = 0;
        long right = 0;
        long answers = 0;
        int seen = 0;
        int step = 0;
        while (batches.next()) {
            int count = batches.count;
            if (Checkpoint.due(step)) {
                if (step > 0 && !net.stateIsFinite()) {
                    throw undo(epoch, step, "fit noticed it in its check after step " + net.steps());
                }
                checkpoint.take(step);
            }
            double rate = net.learningRate();
            if (schedule != null) {
                double next = schedule.rate(net.steps());
                if (!(next > 0) || Double.isInfinite(next)) {
                    throw new IllegalArgumentException("the learning-rate schedule gave " + next + " for step "
                            + (net.steps() + 1) + "; rates must be positive and finite. The network is as it was"
                            + " after step " + net.steps());
                }
                net.changeLearningRate(next);
            }
            boolean sampled = monitor.due(step);
            if (sampled) {
                monitor.before();
            }
            float loss = net.trainChecked(batches.x, batches.labels, batches.targets, batches.weights, count);
            if (!Float.isFinite(loss)) {
                if (net.stateIsFinite()) {
                    net.changeLearningRate(rate); // as after the last good step, schedule included
                    throw nonFinite(epoch, loss, count);
                }
                throw undo(epoch, step, String.format(Locale.ROOT,
                        "fit noticed it when the loss of step %d became %s", net.steps() + 1, loss));
            }
            if (sampled) {
                monitor.after(warnings);
            }
            lossSum += (double) loss * count;
            right += Accuracy.correct(net.loss(), net.outputBuffer(), net.outputStride(), net.outputSize(), count,
                    batches.labels, batches.targets);
            answers += Accuracy.answers(net.loss(), count, net.outputSize());
            seen += count;
            step++;
            progress.step(epoch, step, lossSum / seen, answers == 0 ? Double.NaN : (double) right / answers);
        }
        if (!net.stateIsFinite()) {
            throw undo(epoch, step, "fit noticed it in its check after step " + net.steps());
        }
        Evaluation validated = evaluator == null ? null : evaluator.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new History.Epoch(epoch, lossSum / seen, answers == 0 ? Double.NaN : (double) right / answers,
                validated == null ? Double.NaN : validated.loss(), validated == null ? Double.NaN : validated.accuracy(),
                seconds, net.learningRate(), monitor.takeGradientNorms(), monitor.takeUpdateRatios());
    }

    /**
     * The exception for a step whose loss is not finite; the step was not applied. It names the
     * first layer with non-finite values, or, when all are finite (a loss can overflow on finite
     * outputs), the first layer whose outputs are too large to square in float.
     */
    private NonFiniteLossException nonFinite(int epoch, float loss, int count) {
        for (Layer l : net.layers()) {
            String found = ((LayerView) l).nonFinite(count);
            if (found != null) {
                return exception(epoch, loss, "The first non-finite values are in " + found + " of layer " + l.name()
                        + ".", l.name());
            }
        }
        for (Layer l : net.layers()) {
            float largest = ((LayerView) l).largestOutput(count);
            if (largest > HUGE) {
                return exception(epoch, loss, String.format(Locale.ROOT, "The first outputs too large to square in"
                        + " float (up to %.3g) are in the outputs of layer %s.", largest, l.name()), l.name());
            }
        }
        return exception(epoch, loss, "Every layer's values were still finite.", null);
    }

    /**
     * The state became non-finite in one of this epoch's batches before {@code limit}, in a step
     * whose loss was finite: found ({@code how}) by a later step's non-finite loss, by the check before
     * a checkpoint, or by the check at the end of the epoch. The checkpoint finds
     * the step and puts the network back to just before it; this builds the exception that says so.
     */
    private NonFiniteLossException undo(int epoch, int limit, String how) {
        long noticed = net.steps();
        Checkpoint.Undone undone = checkpoint.undo(batches, training.schedule(), limit);
        if (undone.tensor() == null) {
            return new NonFiniteLossException(String.format(Locale.ROOT, "the network's state became non-finite"
                    + " between steps %d and %d (epoch %d), but replaying those steps did not reproduce it; %s. The"
                    + " network's parameters, moving statistics and optimizer state are as they were after step %d.",
                    undone.restored() + 1, noticed, epoch, how, undone.restored()),
                    epoch, undone.restored() + 1, null);
        }
        String name = undone.tensor();
        String layer = name.substring(0, name.indexOf('/') < 0 ? name.length() : name.indexOf('/'));
        return new NonFiniteLossException(String.format(Locale.ROOT, "step %d (epoch %d) made %s non-finite although"
                + " its loss, %s, was finite; %s, and undid that step and any after it: the network is as it was"
                + " after step %d, the last good one (parameters, moving statistics and optimizer state). Lower the"
                + " learning rate, clip the gradients (clipNorm), or check the data.", undone.restored() + 1, epoch,
                name, undone.loss(), how, undone.restored()), epoch, undone.restored() + 1, layer);
    }

    /** Outputs above this overflow when squared in float. */
    private static final float HUGE = (float) Math.sqrt(Float.MAX_VALUE);

    private NonFiniteLossException exception(int epoch, float loss, String where, String layer) {
        long step = net.steps() + 1;
        return new NonFiniteLossException(String.format(Locale.ROOT, "the loss became %s at epoch %d, step %d; that"
                + " step was not applied: the network is as it was after step %d. %s Lower the learning rate, clip"
                + " the gradients (clipNorm), or check the data.", loss, epoch, step, step - 1, where), epoch, step,
                layer);
    }
}
