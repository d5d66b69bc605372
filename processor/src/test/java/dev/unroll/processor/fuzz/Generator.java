package dev.unroll.processor.fuzz;

import dev.unroll.Loss;
import dev.unroll.processor.fuzz.Declaration.Annotation;
import dev.unroll.processor.fuzz.Declaration.Method;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random valid declarations from a seed: every layer kind, activation, initializer, optimizer form
 * and clipping mode, in stacks that obey the rules of {@code docs/diagnostics.md}, with layer names
 * that collide with the generated code's own words. {@link Mutations} turns them invalid.
 *
 * <p>A generator made with {@code extended} also draws what the first milestone did not have: all
 * six losses, {@code @Nadam}, {@code @Adamax}, {@code @AdamW}, {@code weightDecay} on every
 * optimizer, {@code l1}/{@code l2}/{@code maxNorm} on {@code @Dense}, and {@code @Dropout} /
 * {@code @AlphaDropout} layers (alpha dropout in SELU networks only, as the advice asks; a fifth of
 * the networks are a plain stack of SELU layers, LeCun-normal, as self-normalization wants). Without
 * it, every draw is the one it was, so the first milestone's seeds keep generating the same
 * declarations.
 */
final class Generator {
    private static final java.util.List<Loss> FUZZED_LOSSES = java.util.List.of(Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
            Loss.CATEGORICAL_CROSSENTROPY, Loss.BINARY_CROSSENTROPY, Loss.MEAN_SQUARED_ERROR);

    static final String PACKAGE = "fuzz";
    private static final String[] ACTIVATIONS = {"LINEAR", "SIGMOID", "TANH", "RELU", "ELU", "SELU"};
    private static final String[] INITIALIZERS = {"GLOROT_UNIFORM", "GLOROT_NORMAL", "HE_UNIFORM", "HE_NORMAL",
        "LECUN_UNIFORM", "LECUN_NORMAL", "ZEROS", "ONES"};
    /** Layer names that are also parameters, locals or suffixes of the generated code. */
    private static final String[] AWKWARD_NAMES = {"x", "count", "offset", "input", "labels", "targets", "lr",
        "alphaT", "scale", "output", "delta", "kernel", "BATCH_SIZE", "Output", "hiddenKernel", "register"};

    final SplittableRandom random;
    final boolean extended;
    /** Whether the declaration being built has an optimizer with a weight decay (then no l2, see unroll:optimizer). */
    private boolean decays;

    Generator(long seed) {
        this(seed, false);
    }

    Generator(long seed, boolean extended) {
        this.random = new SplittableRandom(seed);
        this.extended = extended;
    }

    Declaration valid(int index) {
        Declaration d = new Declaration("Net" + index);
        d.inputs = 1 + random.nextInt(6);
        d.batchSize = 1 + random.nextInt(6);
        d.seed = random.nextLong();
        // the four losses of the first milestone, so the seeds keep generating the same declarations
        d.loss = extended ? pick(Loss.values()) : FUZZED_LOSSES.get(random.nextInt(FUZZED_LOSSES.size()));
        d.nested = random.nextInt(8) == 0;
        d.optimizers.add(optimizer());
        decays = d.optimizers.get(0).values.containsKey("weightDecay") || d.optimizers.get(0).name.equals("AdamW");
        int hidden = random.nextInt(5);
        boolean seluStack = extended && random.nextInt(5) == 0;
        for (int i = 0; i < hidden; i++) {
            d.layers.add(extended && random.nextInt(5) == 0 ? dropout(name(d))
                    : seluStack ? dense(name(d), 1 + random.nextInt(6), "SELU", "LECUN_NORMAL") : hiddenLayer(d));
        }
        addOutput(d);
        if (extended) {
            fitDropouts(d);
        }
        return d;
    }

    /** A dropout layer; {@link #fitDropouts} makes it alpha dropout if the network turns out to use SELU. */
    private Method dropout(String name) {
        return layer(name, "Layer", new Annotation("Dropout").with("rate", random.nextInt(6) == 0 ? 0.0
                : round(random.nextDouble() * 0.6)));
    }

    /**
     * Alpha dropout in a SELU network, plain dropout elsewhere (unroll:self-normalization). SELU
     * counts as the processor counts it: a Dense layer's own activation, or for a linear one the
     * activation layer it reaches through batch normalization only.
     */
    private void fitDropouts(Declaration d) {
        boolean selu = usesSelu(d);
        for (Method m : d.layers) {
            if (m.layer().name.endsWith("Dropout")) {
                Annotation a = new Annotation(selu ? "AlphaDropout" : "Dropout").with("rate", selu
                        ? round(Double.parseDouble(m.layer().values.get("rate")) / 4) : m.layer().values.get("rate"));
                m.annotations.set(0, a);
            }
        }
    }

    static boolean usesSelu(Declaration d) {
        for (int i = 0; i < d.layers.size(); i++) {
            Annotation a = d.layers.get(i).layer();
            if (!a.name.equals("Dense")) {
                continue;
            }
            String activation = a.values.getOrDefault("activation", "Activation.LINEAR");
            for (int j = i + 1; activation.equals("Activation.LINEAR") && j < d.layers.size(); j++) {
                Annotation next = d.layers.get(j).layer();
                if (next.name.equals("ActivationLayer")) {
                    activation = next.values.get("value");
                }
                if (!next.name.equals("BatchNormalization")) {
                    break;
                }
            }
            if (activation.equals("Activation.SELU")) {
                return true;
            }
        }
        return false;
    }

    private Method hiddenLayer(Declaration d) {
        String name = name(d);
        return switch (random.nextInt(7)) {
            case 0, 1 -> dense(name, 1 + random.nextInt(6), pick(ACTIVATIONS));
            case 2 -> layer(name, "BatchNormLayer", new Annotation("BatchNormalization")
                    .with("momentum", round(random.nextDouble() * 0.999)).with("epsilon", round(1e-4 + random.nextDouble() * 0.1))
                    .with("center", random.nextBoolean()).with("scale", random.nextBoolean()));
            case 3 -> layer(name, "Layer", new Annotation("ActivationLayer").with("value", "Activation." + pick(ACTIVATIONS)));
            case 4 -> layer(name, "Layer", random.nextBoolean()
                    ? new Annotation("LeakyReLU").with("alpha", round(random.nextDouble()))
                    : new Annotation("ELU").with("alpha", round(2 * random.nextDouble())));
            case 5 -> prelu(d, name);
            default -> {
                double lower = round(random.nextDouble() * 0.5);
                yield layer(name, "Layer", new Annotation("RReLU").with("lower", lower)
                        .with("upper", round(lower + random.nextDouble() * (1 - lower))));
            }
        };
    }

    /** A PReLU where its input can be negative; otherwise a leaky ReLU. */
    private Method prelu(Declaration d, String name) {
        if (!d.layers.isEmpty() && neverNegative(d.layers.get(d.layers.size() - 1))) {
            return layer(name, "Layer", new Annotation("LeakyReLU"));
        }
        return layer(name, random.nextBoolean() ? "PReLULayer" : "Layer", new Annotation("PReLU")
                .with("alpha", round(random.nextDouble() - 0.5)).with("shared", random.nextBoolean()));
    }

    static boolean neverNegative(Method m) {
        String activation = m.layer().values.getOrDefault(m.layer().name.equals("Dense") ? "activation" : "value", "");
        return activation.endsWith("RELU") && !activation.contains("LEAKY") || activation.endsWith("SIGMOID")
                || activation.endsWith("SOFTMAX");
    }

    private void addOutput(Declaration d) {
        String needed = switch (d.loss) {
            case SPARSE_CATEGORICAL_CROSSENTROPY, CATEGORICAL_CROSSENTROPY -> "SOFTMAX";
            case BINARY_CROSSENTROPY -> "SIGMOID";
            case MEAN_SQUARED_ERROR, HUBER, MEAN_ABSOLUTE_ERROR -> random.nextBoolean() ? "SOFTMAX" : pick(ACTIVATIONS);
        };
        int units = 1 + random.nextInt(5);
        boolean trainable = d.layers.stream().anyMatch(m -> m.layer().name.equals("Dense")
                || m.layer().name.equals("PReLU"));
        if (!trainable || random.nextBoolean()) {
            d.layers.add(dense(name(d), units, needed));
        } else {
            if (random.nextBoolean()) {
                d.layers.add(dense(name(d), units, "LINEAR"));
            }
            d.layers.add(layer(name(d), "Layer", new Annotation("ActivationLayer").with("value", "Activation." + needed)));
        }
    }

    Method dense(String name, int units, String activation) {
        return dense(name, units, activation, null);
    }

    /** A Dense layer, with the given initializer or, when it is null, now and then a random one. */
    private Method dense(String name, int units, String activation, String initializer) {
        Annotation a = new Annotation("Dense").with("units", units).with("activation", "Activation." + activation);
        if (initializer != null) {
            a.with("kernelInitializer", "Initializer." + initializer);
        } else if (random.nextInt(3) > 0) {
            a.with("kernelInitializer", "Initializer." + pick(INITIALIZERS));
        }
        if (random.nextInt(4) == 0) {
            a.with("biasInitializer", "Initializer." + pick(INITIALIZERS));
        }
        if (random.nextInt(4) == 0) {
            a.with("useBias", false);
        }
        if (extended) {
            penalties(a);
        }
        return layer(name, random.nextInt(4) == 0 ? "Layer" : "DenseLayer", a);
    }

    /** l1, l2 (none under a weight decay) and maxNorm, each on a quarter of the layers, 0 (off) now and then. */
    private void penalties(Annotation dense) {
        if (random.nextInt(4) == 0) {
            dense.with("l1", random.nextInt(5) == 0 ? 0.0 : round(1e-4 + random.nextDouble() * 0.01));
        }
        if (!decays && random.nextInt(4) == 0) {
            dense.with("l2", random.nextInt(5) == 0 ? 0.0 : round(1e-4 + random.nextDouble() * 0.01));
        }
        if (random.nextInt(4) == 0) {
            dense.with("maxNorm", random.nextInt(5) == 0 ? 0.0 : round(0.5 + random.nextDouble() * 3.5));
        }
    }

    static Method layer(String name, String returnType, Annotation annotation) {
        return new Method(name, returnType, annotation);
    }

    Annotation optimizer() {
        double lr = round(0.001 + random.nextDouble() * 0.1);
        Annotation a = switch (random.nextInt(extended ? 7 : 4)) {
            case 0 -> {
                Annotation sgd = new Annotation("SGD").with("learningRate", lr);
                if (random.nextBoolean()) {
                    sgd.with("momentum", round(random.nextDouble() * 0.9)).with("nesterov", random.nextBoolean());
                }
                yield sgd;
            }
            case 1 -> new Annotation("Adagrad").with("learningRate", lr)
                    .with("initialAccumulatorValue", round(random.nextDouble() * 0.5)).with("epsilon", "1e-7");
            case 2 -> new Annotation("RMSprop").with("learningRate", lr).with("rho", round(0.05 + random.nextDouble() * 0.9))
                    .with("momentum", random.nextBoolean() ? 0.0 : round(random.nextDouble() * 0.9))
                    .with("centered", random.nextBoolean());
            case 3 -> new Annotation("Adam").with("learningRate", lr).with("beta1", round(random.nextDouble() * 0.95))
                    .with("beta2", round(0.5 + random.nextDouble() * 0.499)).with("amsgrad", random.nextBoolean());
            case 4 -> new Annotation("AdamW").with("learningRate", lr).with("weightDecay", round(1e-4 + random.nextDouble() * 0.05))
                    .with("beta1", round(random.nextDouble() * 0.95)).with("beta2", round(0.5 + random.nextDouble() * 0.499))
                    .with("amsgrad", random.nextBoolean());
            default -> new Annotation(random.nextBoolean() ? "Nadam" : "Adamax").with("learningRate", lr)
                    .with("beta1", round(random.nextDouble() * 0.95)).with("beta2", round(0.5 + random.nextDouble() * 0.499))
                    .with("epsilon", random.nextBoolean() ? "1e-7" : "1e-4");
        };
        if (extended && !a.name.equals("AdamW") && random.nextInt(4) == 0) {
            a.with("weightDecay", random.nextInt(4) == 0 ? 0.0 : round(1e-4 + random.nextDouble() * 0.05));
        }
        if (a.name.equals("SGD") && "0.0".equals(a.values.get("momentum"))) {
            a.values.remove("nesterov");
        }
        String[] clips = {"clipValue", "clipNorm", "globalClipNorm"};
        if (random.nextBoolean()) {
            a.with(clips[random.nextInt(3)], round(0.1 + random.nextDouble() * 5));
        }
        return a;
    }

    private String name(Declaration d) {
        List<String> taken = d.layers.stream().map(m -> m.name).toList();
        String candidate = random.nextInt(5) == 0 ? pick(AWKWARD_NAMES) : "layer" + d.layers.size();
        return taken.contains(candidate) ? "layer" + d.layers.size() + "_" + taken.size() : candidate;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Four decimals, so the source shows short literals. */
    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
