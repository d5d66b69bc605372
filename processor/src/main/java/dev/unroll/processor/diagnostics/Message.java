package dev.unroll.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can report, in one place. Each has a stable id (users type the
 * warning ids into {@code @SuppressWarnings}), says what is wrong, where, and how to fix it. The
 * text is a {@link String#format} pattern; the first argument names the layer, optimizer or
 * interface concerned. {@code docs/diagnostics.md} shows each with an example, and a test compiles
 * those examples and checks the two agree.
 */
public enum Message {
    // ---- the interface ----
    NOT_AN_INTERFACE(Kind.ERROR, "unroll:not-interface",
            "@Network must be on an interface, but %s is %s. Declare the network as an interface whose abstract"
                    + " methods are its layers."),
    GENERIC(Kind.ERROR, "unroll:generic",
            "%s declares type parameters %s, but a network's types and sizes are fixed when it is compiled."
                    + " Remove the type parameters."),
    INACCESSIBLE(Kind.ERROR, "unroll:inaccessible",
            "%s is %s, so the generated %s beside it cannot implement it. Declare the interface, and every type"
                    + " around it, at least package-private."),
    NAME_CLASH(Kind.ERROR, "unroll:name-clash",
            "The class Unroll generates for %s, %s, would clash with the existing type of that name. Rename the"
                    + " interface or the other type."),
    INHERITED_METHOD(Kind.ERROR, "unroll:inherited-method",
            "%s inherits the abstract method %s() from %s, which the generated class cannot implement (layers are"
                    + " declared in the @Network interface itself). Override %s() with a default method in %s, or"
                    + " stop extending %s."),
    EXTENDS_MODEL(Kind.WARNING, "unroll:extends-model",
            "%s does not extend Model, so code that holds a %s cannot call fit(), predict(), summary() or the other"
                    + " Model methods (javac says \"cannot find symbol\"); only %s has them. Declare the interface as"
                    + " interface %s extends Model."),
    NO_LAYERS(Kind.ERROR, "unroll:no-layers",
            "%s declares no layers. Add at least one abstract method annotated with a layer annotation,"
                    + " e.g. @Dense(units = 10, activation = SOFTMAX) DenseLayer output();"),

    NO_PARAMETERS(Kind.ERROR, "unroll:no-parameters",
            "%s has no trainable parameters, so its optimizer has nothing to train. Add a @Dense layer (or a"
                    + " @PReLU, or a @BatchNormalization with center or scale)."),

    // ---- methods ----
    NOT_A_LAYER(Kind.ERROR, "unroll:not-a-layer",
            "%s() is abstract but has no layer annotation. Annotate it with %s, or give it a default body."),
    TWO_LAYERS(Kind.ERROR, "unroll:two-layers",
            "%s() has both @%s and @%s; one method declares one layer. Split it into two methods, in the order"
                    + " the layers should run."),
    LAYER_PARAMETERS(Kind.ERROR, "unroll:layer-parameters",
            "%s() takes parameters, but a layer method takes none. Remove the parameters."),
    RETURN_TYPE(Kind.ERROR, "unroll:return-type",
            "%s() returns %s, but a @%s layer's view is %s. Declare it as %s %s() (or Layer)."),
    RESERVED_NAME(Kind.ERROR, "unroll:reserved-name",
            "%s() has the name of a method every generated network already has (%s). Rename the layer,"
                    + " e.g. %sLayer()."),

    // ---- sizes ----
    SIZE(Kind.ERROR, "unroll:size",
            "%s: %s is %d, but it must be at least 1. Give it a positive value."),
    TOO_LARGE(Kind.ERROR, "unroll:too-large",
            "%s: %s would hold %,d values, more than a Java array can (%,d). Use fewer units or a smaller"
                    + " batchSize."),

    TOO_DEEP(Kind.ERROR, "unroll:too-deep",
            "%s: its %d layers would make the generated constructor about %,d bytes of bytecode, more than a Java"
                    + " method may hold (%,d; javac would fail with \"code too large\"). A network like this one fits"
                    + " about %d layers. Use fewer layers, or split the network into two @Network interfaces and"
                    + " feed the first one's predictions to the second."),

    // ---- optimizer ----
    OPTIMIZER_MISSING(Kind.ERROR, "unroll:optimizer-missing",
            "%s has no optimizer. Add one of @SGD, @Adagrad, @RMSprop, @Adam, @AdamW, @Adamax or @Nadam to the"
                    + " interface,"
                    + " e.g. @Adam(learningRate = 1e-3)."),
    OPTIMIZER_DUPLICATE(Kind.ERROR, "unroll:optimizer-duplicate",
            "%s has %d optimizers (%s); a network trains with exactly one. Keep one of them."),
    LEARNING_RATE(Kind.ERROR, "unroll:learning-rate",
            "@%s: learningRate is %s, but it must be positive and finite. Typical values are 0.01 for SGD and"
                    + " 0.001 for Adagrad, RMSprop and Adam."),
    DECAY_RANGE(Kind.ERROR, "unroll:decay-range",
            "%s: %s is %s, but it must be at least 0 and below 1: it is the share of the old average kept at each"
                    + " step. %s is the usual value."),
    EPSILON(Kind.ERROR, "unroll:epsilon",
            "%s: epsilon is %s, but it must be positive and finite: it keeps a division away from zero. The"
                    + " default is %s."),
    NESTEROV_WITHOUT_MOMENTUM(Kind.ERROR, "unroll:nesterov-momentum",
            "@SGD sets nesterov = true with momentum 0, where Nesterov's look-ahead does nothing. Set a momentum"
                    + " (0.9 is usual) or remove nesterov."),
    CLIP_VALUE(Kind.ERROR, "unroll:clip-value",
            "@%s: %s is %s, but a clipping bound must be positive and finite (0 turns clipping off)."),
    CLIP_CONFLICT(Kind.ERROR, "unroll:clip-conflict",
            "@%s sets %s; an optimizer clips in one way at most (as in Keras). Keep one of them."),
    ACCUMULATOR(Kind.ERROR, "unroll:accumulator",
            "@Adagrad: initialAccumulatorValue is %s, but the sum of squared gradients cannot start below 0."
                    + " Use 0.1 (Keras) or 0."),
    CENTERED_RHO(Kind.ERROR, "unroll:optimizer-combination",
            "@RMSprop: centered = true with rho = 0 makes the mean square equal the squared mean, so every step"
                    + " divides by sqrt(epsilon) and explodes. Use rho near 0.9 (the default), or centered = false."),
    AMSGRAD_BETA2(Kind.ERROR, "unroll:optimizer-combination",
            "@%s: amsgrad = true with beta2 = 0 divides by the largest squared gradient ever seen, so one large"
                    + " gradient shrinks every later step. Use beta2 near 0.999 (the default), or amsgrad = false."),

    WEIGHT_DECAY(Kind.ERROR, "unroll:weight-decay",
            "@%s: weightDecay is %s, but it must be at least 0 and finite: each step takes w * weightDecay *"
                    + " learningRate off every weight. 0 turns it off; @AdamW's default is 0.004."),

    NOT_FINITE(Kind.ERROR, "unroll:not-finite",
            "%s: %s is %s, but it must be a finite number."),

    // ---- layers ----
    RRELU_RANGE(Kind.ERROR, "unroll:rrelu-range",
            "%s: RReLU draws its slopes from U(lower, upper) = U(%s, %s), which needs 0 <= lower <= upper <= 1."
                    + " The defaults are lower = 1/8, upper = 1/3."),
    PENALTY(Kind.ERROR, "unroll:penalty",
            "%s: %s is %s, but a weight penalty or max-norm must be at least 0 and finite (0 turns it off)."
                    + " Typical values are 1e-4 to 1e-2 for l1 and l2, 1 to 4 for maxNorm."),
    NEGATIVE_SLOPE(Kind.ERROR, "unroll:negative-slope",
            "%s: alpha is %s, but a negative alpha flips the sign of negative inputs. Use alpha >= 0 (%s is the"
                    + " default)."),
    DROPOUT_RATE(Kind.ERROR, "unroll:dropout-rate",
            "%s: rate is %s, but it is the fraction of values dropped in training and must be at least 0 and"
                    + " below 1. Typical values are 0.1 to 0.5 (0.05 to 0.1 for @AlphaDropout)."),
    PRELU_INPUT(Kind.ERROR, "unroll:prelu-input",
            "%s: PReLU learns slopes for negative inputs, but %s() before it never outputs a negative value (%s),"
                    + " so the slopes would never learn. Put the PReLU after a linear @Dense or"
                    + " @BatchNormalization."),
    SOFTMAX_POSITION(Kind.ERROR, "unroll:softmax-position",
            "%s: SOFTMAX turns a layer's outputs into class probabilities and belongs on the last layer only."
                    + " Use another activation here (RELU, ELU, SELU, TANH...)."),

    // ---- loss and output ----
    LOSS_OUTPUT(Kind.ERROR, "unroll:loss-output",
            "%s: loss %s needs the last layer to be a %s output, but %s() ends with %s. %s"),

    // ---- advice from the literature (warnings) ----
    INIT_RELU(Kind.WARNING, "unroll:init-activation",
            "%s: %s activation with %s initialization. ReLU and its variants keep the signal's variance from"
                    + " layer to layer with He initialization (variance 2/fan_in). Use kernelInitializer = %s."),
    INIT_SATURATING(Kind.WARNING, "unroll:init-activation",
            "%s: %s activation with %s initialization. He's variance 2/fan_in suits ReLU; with %s the signal"
                    + " keeps its variance under Glorot (1/fan_avg). Use kernelInitializer = %s."),
    INIT_CONSTANT(Kind.WARNING, "unroll:init-activation",
            "%s: kernelInitializer = %s starts every unit with the same weights; they get the same gradients and"
                    + " stay identical. Use a random initializer (%s for this layer)."),
    SELU_INIT(Kind.WARNING, "unroll:self-normalization",
            "%s: SELU activation with %s initialization. SELU self-normalizes only with LeCun normal weights."
                    + " Use kernelInitializer = LECUN_NORMAL."),
    SELU_NETWORK(Kind.WARNING, "unroll:self-normalization",
            "%s mixes SELU with other layers (%s), so it cannot self-normalize. SELU keeps every layer's outputs"
                    + " near mean 0 and variance 1 only when the inputs are standardized, every hidden layer is"
                    + " initialized with LECUN_NORMAL, and the network is a plain stack of Dense SELU layers."),
    DROPOUT_IN_SELU(Kind.WARNING, "unroll:self-normalization",
            "%s: @Dropout in a SELU network sets values to 0 and rescales the rest, which shifts the mean and"
                    + " variance that SELU keeps at 0 and 1. Use @AlphaDropout(rate = %s), which drops to SELU's"
                    + " saturation value and keeps both."),
    ALPHA_DROPOUT_WITHOUT_SELU(Kind.WARNING, "unroll:self-normalization",
            "%s: @AlphaDropout is made for SELU networks (it drops values to SELU's saturation value -1.7581 and"
                    + " keeps mean 0 and variance 1), but %s uses no SELU. Use @Dropout(rate = %s)."),
    VANISHING_GRADIENTS(Kind.WARNING, "unroll:vanishing-gradients",
            "%s has %d hidden layers of sigmoid or tanh (%s) and no batch normalization. Their gradients shrink at"
                    + " every saturating layer, so the first layers barely learn. Use ReLU-family activations with"
                    + " He initialization, or add @BatchNormalization."),
    ADAGRAD_DEEP(Kind.WARNING, "unroll:optimizer",
            "%s: @Adagrad on a network with %d hidden layers. AdaGrad's effective learning rate only shrinks and"
                    + " often stops a deep network before it converges. Prefer @RMSprop or @Adam."),
    SGD_LARGE_RATE(Kind.WARNING, "unroll:optimizer",
            "@SGD: an effective learning rate of %s (%s) is very large; steps this size usually make the loss"
                    + " diverge. Try 0.01 to 0.1."),
    L2_WITH_WEIGHT_DECAY(Kind.WARNING, "unroll:optimizer",
            "@%s: weightDecay = %s together with l2 on %s shrinks the same weights twice (decoupled weight decay"
                    + " is the better-behaved form of an L2 penalty). Keep one of them: remove l2, or set weightDecay"
                    + " to 0."),
    ADAMW_WITHOUT_DECAY(Kind.WARNING, "unroll:optimizer",
            "@AdamW with weightDecay = 0 is plain Adam. Use @Adam, or give a weight decay (0.004 is the Keras"
                    + " default)."),
    REDUNDANT_LAYERS(Kind.WARNING, "unroll:layers",
            "%s: %s. %s"),

    // ---- the processor itself ----
    INTERNAL(Kind.ERROR, "unroll:internal",
            "Unroll failed while processing %s: %s. This is a bug in Unroll, not in your code; please report it"
                    + " with this declaration.");

    /** Whether the build fails. */
    public enum Kind { ERROR, WARNING }

    private final Kind kind;
    private final String id;
    private final String pattern;

    Message(Kind kind, String id, String pattern) {
        this.kind = kind;
        this.id = id;
        this.pattern = pattern;
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String pattern() {
        return pattern;
    }

    public Diagnostic.Kind diagnosticKind() {
        return kind == Kind.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.MANDATORY_WARNING;
    }

    /** The full text: {@code [id] } followed by the formatted pattern. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(Locale.ROOT, pattern, args);
    }
}
