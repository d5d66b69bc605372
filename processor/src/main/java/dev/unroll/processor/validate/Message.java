package dev.unroll.processor.validate;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can report, in one place. Each has a stable id (users type the
 * warning ids into {@code @SuppressWarnings}), says what is wrong, where, and how to fix it. The
 * text is a {@link String#format} pattern; the first argument is usually the layer's name.
 * {@code docs/diagnostics.md} lists them all, and a test keeps the two in step.
 */
public enum Message {
    // ---- the interface ----
    NOT_AN_INTERFACE(Kind.ERROR, "unroll:not-interface",
            "@Network must be on an interface, but %s is %s. Declare the network as an interface whose abstract"
                    + " methods are its layers."),
    NO_LAYERS(Kind.ERROR, "unroll:no-layers",
            "%s declares no layers. Add at least one abstract method annotated with a layer annotation,"
                    + " e.g. @Dense(units = 10, activation = SOFTMAX) DenseLayer output();"),

    // ---- methods ----
    NOT_A_LAYER(Kind.ERROR, "unroll:not-a-layer",
            "%s() is abstract but has no layer annotation. Annotate it with @Dense, @BatchNormalization,"
                    + " @ActivationLayer, @LeakyReLU, @ELU, @PReLU or @RReLU, or give it a default body."),
    TWO_LAYERS(Kind.ERROR, "unroll:two-layers",
            "%s() has both @%s and @%s; one method declares one layer. Split it into two methods, in the order"
                    + " the layers should run."),
    LAYER_PARAMETERS(Kind.ERROR, "unroll:layer-parameters",
            "%s() takes parameters, but a layer method takes none. Remove the parameters."),
    RETURN_TYPE(Kind.ERROR, "unroll:return-type",
            "%s() returns %s, but a @%s layer's view is %s. Declare it as %s %s() (or Layer)."),

    // ---- sizes ----
    SIZE(Kind.ERROR, "unroll:size",
            "%s: %s is %d, but it must be at least 1. Give it a positive value."),

    // ---- optimizer ----
    OPTIMIZER_MISSING(Kind.ERROR, "unroll:optimizer-missing",
            "%s has no optimizer. Add one of @SGD, @Adagrad, @RMSprop or @Adam to the interface,"
                    + " e.g. @Adam(learningRate = 1e-3)."),
    OPTIMIZER_DUPLICATE(Kind.ERROR, "unroll:optimizer-duplicate",
            "%s has %d optimizers (%s); a network trains with exactly one. Keep one of them."),

    CLIP_CONFLICT(Kind.ERROR, "unroll:clip-conflict",
            "@%s sets %s; an optimizer clips in one way at most (as in Keras). Keep one of them."),

    // ---- loss and output ----
    LOSS_OUTPUT(Kind.ERROR, "unroll:loss-output",
            "%s: loss %s needs the last layer to be a %s output, but %s() ends with %s. %s"),

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
        return kind == Kind.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }

    /** The full text: {@code [id] } followed by the formatted pattern. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(java.util.Locale.ROOT, pattern, args);
    }
}
