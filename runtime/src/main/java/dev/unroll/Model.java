package dev.unroll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What every generated network offers. Arrays are row-major: {@code x} holds
 * {@code count * inputSize()} values, outputs and targets {@code count * outputSize()}. Arrays may
 * be longer than needed; only the first {@code count} rows are read or written. Methods marked
 * <em>no allocation</em> allocate nothing once warmed up. A model is not thread-safe: a call from a
 * second thread while another thread is inside the model throws {@link
 * java.util.ConcurrentModificationException} and changes nothing (helper threads started by
 * {@link #setThreads} are the model's own and do not count).
 */
public interface Model {
    int inputSize();

    int outputSize();

    /** The most examples one training step takes. */
    int batchSize();

    /** Number of trainable values. */
    int parameterCount();

    /**
     * Inference: batch normalization uses its moving statistics, RReLU its mean slope. Any
     * {@code count >= 0}, processed in chunks of {@link #batchSize()}. {@code out} must not be
     * {@code x} itself ({@link IllegalArgumentException}). A non-finite input gives non-finite
     * outputs for its row. <em>No allocation.</em>
     */
    void predict(float[] x, int count, float[] out);

    /**
     * One optimizer step on {@code count <= batchSize()} examples with integer class labels, for
     * {@link Loss#SPARSE_CATEGORICAL_CROSSENTROPY}. Returns the mean loss before the step. A NaN or
     * infinite input is refused before anything changes ({@link IllegalArgumentException} naming
     * its row and column). Unlike {@code fit}, {@code trainBatch} does not check the parameters the
     * step produced: with a finite batch, a step can still overflow them (a huge learning rate).
     * <em>No allocation.</em>
     */
    float trainBatch(float[] x, int[] labels, int count);

    /**
     * One optimizer step with {@code count * outputSize()} targets (one-hot, binary or regression).
     * Inputs and targets must be finite, and targets within [0, 1] for the binary and categorical
     * cross-entropies; otherwise {@link IllegalArgumentException} naming the row and column, and
     * nothing changes. <em>No allocation.</em>
     */
    float trainBatch(float[] x, float[] targets, int count);

    /**
     * Training-mode forward and backward only: fills the gradients and returns the loss; changes
     * no parameter, moving statistic or optimizer state. Refuses non-finite inputs (and targets) as
     * {@code trainBatch} does. <em>No allocation.</em>
     */
    float computeGradients(float[] x, int[] labels, int count);

    /** The {@code float[] targets} twin of {@link #computeGradients(float[], int[], int)}. */
    float computeGradients(float[] x, float[] targets, int count);

    /** All trainable values, flat, layer by layer (Keras {@code trainable_weights} order). */
    void copyParametersTo(float[] dst);

    /** Sets all trainable values; optimizer state, step count and moving statistics stay. */
    void setParameters(float[] src);

    /** The gradients of the last {@code trainBatch}/{@code computeGradients}, before clipping, in parameter order. */
    void copyGradientsTo(float[] dst);

    /** The optimizer's current learning rate. */
    double learningRate();

    /** Changes the learning rate for the following steps; allocates nothing. */
    void setLearningRate(double learningRate);

    /** Number of optimizer steps taken so far. */
    long steps();

    /**
     * Spreads the matrix products and optimizer updates of each step (and of prediction) over
     * {@code threads} threads: this one and {@code threads - 1} helper daemon threads, started here
     * and kept for the following calls (1, the default, stops them). Results are bit-identical to
     * one thread; calls too small to repay the hand-off stay on the calling thread. Helpers spin
     * briefly between calls and then sleep. Allocates only here.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    void setThreads(int threads);

    /** Threads in use by {@link #setThreads}, 1 by default. */
    int threads();

    /**
     * Trains on {@code train} as Keras' {@code fit} does: epochs of shuffled batches, a progress
     * display, validation, early stopping, a learning-rate schedule and a gradient-health monitor
     * (see {@link Training}). Steps allocate nothing. A NaN or infinite loss, or a step that leaves
     * a NaN or infinite parameter, moving statistic or optimizer value, stops training with a
     * {@link NonFiniteLossException}; the network is then exactly as it was after the last step
     * that left everything finite (see docs/training.md).
     *
     * @throws IllegalArgumentException if the data does not fit the network (feature count, labels
     *     for a sparse loss, targets otherwise, a label out of range, a cross-entropy target outside
     *     [0, 1]), or {@code validationSplit} holds out no rows or all of them
     */
    History fit(DataSet train, Training training);

    /** {@code fit} for {@code epochs} epochs with the defaults of {@link Training}. */
    default History fit(DataSet train, int epochs) {
        return fit(train, Training.epochs(epochs));
    }

    /** Loss and accuracy on {@code data} in inference mode. */
    Evaluation evaluate(DataSet data);

    /** The most probable class of each of {@code count} rows: argmax of the outputs (for one sigmoid output, output ≥ 0.5). No allocation. */
    void predictClasses(float[] x, int count, int[] classes);

    /** The most probable class of every row of {@code data}. */
    int[] predictClasses(DataSet data);

    /**
     * Writes parameters, moving statistics, optimizer state, step count, learning rate, seed, each
     * layer's trainable flag and the attached {@link Preprocessing} to {@code file}, atomically (a temporary file in the same directory, then a rename). A symbolic
     * link is followed and its target replaced; an existing file keeps its permissions. The format
     * is documented in {@code docs/model-file.md}.
     *
     * @throws IOException naming {@code file} when it cannot be written (a directory, a root, a
     *     missing directory, no permission)
     */
    void save(Path file) throws IOException;

    /**
     * Reads what {@link #save} wrote, so training resumes exactly. A missing, truncated or corrupted
     * file, one saved from a different architecture, or one whose values break the network's
     * invariants (tensor names, step count, negative variances, non-finite values) throws {@link
     * FileFormatException} naming the file and the problem, and leaves this network unchanged.
     */
    void load(Path file) throws IOException;

    /** A Keras-like table: layer, kind, output size, parameters, totals. */
    String summary();

    /** One view per declared layer, in order. */
    List<Layer> layers();

    // ---- training state beyond the parameters: what data-parallel training averages and ships ----

    /**
     * Number of optimizer state values (velocities, accumulators, Adam's {@code m} and {@code v},
     * AMSGrad's {@code v_hat}...): 0 for plain SGD, one or more times {@link #parameterCount()}
     * otherwise. Together with the parameters, the moving statistics and {@link #steps()} this is the
     * whole training state {@link #save} writes.
     */
    int optimizerStateSize();

    /**
     * Copies the optimizer state, flat: slot by slot in the order of the model file (for each
     * parameter tensor in parameter order, its slots in the optimizer's order, e.g. {@code m} then
     * {@code v}), each unpadded and row-major like its parameter.
     *
     * @throws IllegalArgumentException if {@code dst} holds fewer than {@link #optimizerStateSize()} values (longer arrays are fine, as everywhere)
     */
    void copyOptimizerStateTo(float[] dst);

    /**
     * Sets the optimizer state from the layout of {@link #copyOptimizerStateTo}; parameters, moving
     * statistics and the step count stay as they are.
     *
     * @throws IllegalArgumentException if the length is wrong, a value is not finite, or a second moment
     *     ({@code v}, {@code v_hat}, an accumulator, a mean square) is negative (nothing changes then)
     */
    void setOptimizerState(float[] src);

    /** Number of non-trainable moving statistics (batch normalization's moving mean and variance); 0 without. */
    int movingStatisticsSize();

    /** Copies the moving statistics, flat, layer by layer: each layer's moving mean, then its moving variance. */
    void copyMovingStatisticsTo(float[] dst);

    /**
     * Sets the moving statistics from the layout of {@link #copyMovingStatisticsTo}.
     *
     * @throws IllegalArgumentException if the length is wrong, a value is not finite or a moving variance is
     *     negative (nothing changes then)
     */
    void setMovingStatistics(float[] src);

    /**
     * Sets the number of optimizer steps taken so far, which Adam's bias correction, learning-rate
     * schedules and RReLU's random slopes depend on: a copy of a model that is given another's
     * parameters, statistics and optimizer state continues exactly as the other would.
     *
     * @throws IllegalArgumentException if {@code steps} is outside [0, 2^53], the range a model file accepts
     */
    void setSteps(long steps);

    /**
     * Attaches the preprocessing (input columns, class names, feature scaling) that turns raw rows
     * into this network's inputs; null removes it. From then on {@code fit}, {@code evaluate},
     * {@link #predict(DataSet)} and {@link #predictClasses(DataSet)} take raw rows and scale them
     * (in a copy), and {@code save} stores it in the model file, {@code load} restores it. The
     * {@code float[]} methods ({@code predict}, {@code trainBatch}, ...) take the network's inputs
     * as they are.
     *
     * @throws IllegalArgumentException if its column count is not {@link #inputSize()}, or its
     *     classes or target columns do not match {@link #outputSize()}
     */
    void setPreprocessing(Preprocessing preprocessing);

    /** The attached preprocessing, or null. */
    Preprocessing preprocessing();

    /**
     * The outputs for every row of {@code data} ({@code size() × outputSize()} values, row-major),
     * after the attached preprocessing; labels or targets, if any, are ignored.
     */
    float[] predict(DataSet data);

    /**
     * Writes an inference-only model file: parameters, moving statistics, the seed and the
     * preprocessing, without optimizer state (a third of an Adam network's full file), atomically
     * as {@link #save}. {@link #load} reads it into a network that can then predict and evaluate
     * but refuses to train.
     *
     * @throws IOException naming {@code file} when it cannot be written
     */
    void saveForInference(Path file) throws IOException;

    /**
     * Whether this network was loaded from an inference-only file: {@code trainBatch}, {@code fit}
     * and {@code save} then throw {@link IllegalStateException}; loading a full file ends it.
     */
    boolean isInferenceOnly();

    /**
     * Monte Carlo dropout (Gal and Ghahramani, 2016): the mean of {@code samples} inference passes
     * over each chunk of {@code x} with {@code @Dropout} and {@code @AlphaDropout} kept active
     * (batch normalization uses its moving statistics, RReLU its mean slope, as in {@link
     * #predict}). Pass {@code s} of a chunk starting at row {@code r} draws its masks from (seed,
     * layer, r, s), so the result depends only on the network's state and seed and on where the row
     * falls in {@code x} (with the batch size), not on earlier calls: the same call gives the same
     * numbers; it changes no state. {@code out} must not be {@code x}. <em>No allocation.</em>
     *
     * @throws IllegalArgumentException if {@code samples < 1} or an array is too short
     */
    void predictMonteCarlo(float[] x, int count, int samples, float[] out);

    /**
     * Copies the parameters and moving statistics of the layers named {@code layerNames} from
     * {@code source} (any network, another class included) into the same-named layers of this one:
     * transfer learning. Every named layer must exist in both, be of the same kind and have the same
     * shapes; otherwise {@link IllegalArgumentException} says which and nothing is copied. Optimizer
     * state, step count and whether a layer is trainable stay as they are. The source is claimed for
     * the copy as this network is: one in use on another thread gives a
     * {@link java.util.ConcurrentModificationException} and nothing is copied.
     */
    void copyLayersFrom(Model source, String... layerNames);
}
