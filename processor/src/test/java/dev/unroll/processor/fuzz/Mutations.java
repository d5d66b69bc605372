package dev.unroll.processor.fuzz;

import dev.unroll.Loss;
import dev.unroll.processor.fuzz.Declaration.Annotation;
import dev.unroll.processor.fuzz.Declaration.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Edits that make a declaration invalid. Each one leaves an error of its own whatever was applied
 * before it: edits of the optimizer first make sure there is one, edits of a layer add the layer
 * they need.
 *
 * <p>{@link #ALL} are the first milestone's edits (their draws unchanged, so its seeds keep making
 * the same declarations). {@link #NEW} break what came later (dropout, penalties, weight decay,
 * Nadam, Adamax, AdamW), and each names the diagnostic it must produce and the element it must be
 * reported on ({@link Declaration#expectedId}).
 */
final class Mutations {
    static final Map<String, BiConsumer<Declaration, Generator>> ALL = new LinkedHashMap<>();
    static final Map<String, BiConsumer<Declaration, Generator>> NEW = new LinkedHashMap<>();
    private static final String[] NEW_OPTIMIZERS = {"Nadam", "Adamax", "AdamW"};
    private static final String[] NOT_FINITE = {"Double.NaN", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY"};

    static {
        ALL.put("units", (d, g) -> firstDense(d, g).layer().with("units", -g.random.nextInt(3)));
        ALL.put("inputs", (d, g) -> d.inputs = -g.random.nextInt(3));
        ALL.put("batchSize", (d, g) -> d.batchSize = -g.random.nextInt(3));
        ALL.put("noOptimizer", (d, g) -> d.optimizers.clear());
        ALL.put("twoOptimizers", (d, g) -> {
            while (d.optimizers.size() < 2) {
                Annotation another = g.optimizer();
                if (d.optimizers.stream().noneMatch(o -> o.name.equals(another.name))) {
                    d.optimizers.add(another);
                }
            }
        });
        ALL.put("learningRate", (d, g) -> optimizer(d, g).with("learningRate",
                g.pick(new String[] {"0.0", "-0.01", "Double.NaN", "Double.POSITIVE_INFINITY"})));
        ALL.put("decay", Mutations::decay);
        ALL.put("epsilon", (d, g) -> replaceOptimizer(d, new Annotation(g.pick(new String[] {"Adagrad", "RMSprop", "Adam"}))
                .with("epsilon", g.pick(new String[] {"0.0", "-1e-7"}))));
        ALL.put("nesterov", (d, g) -> replaceOptimizer(d, new Annotation("SGD").with("nesterov", true)));
        ALL.put("negativeClip", (d, g) -> optimizer(d, g).with(g.pick(new String[] {"clipValue", "clipNorm",
            "globalClipNorm"}), -0.5));
        ALL.put("twoClips", (d, g) -> optimizer(d, g).with("clipValue", 0.5).with("globalClipNorm", 2.0));
        ALL.put("accumulator", (d, g) -> replaceOptimizer(d, new Annotation("Adagrad")
                .with("initialAccumulatorValue", -0.1)));
        ALL.put("centeredRho", (d, g) -> replaceOptimizer(d, new Annotation("RMSprop").with("centered", true)
                .with("rho", 0.0)));
        ALL.put("amsgradBeta2", (d, g) -> replaceOptimizer(d, new Annotation("Adam").with("amsgrad", true)
                .with("beta2", 0.0)));
        ALL.put("returnType", (d, g) -> {
            Method m = anyLayer(d, g);
            m.returnType = m.layer().name.equals("Dense") ? "BatchNormLayer" : "DenseLayer";
        });
        ALL.put("parameters", (d, g) -> anyLayer(d, g).parameters = "int size");
        ALL.put("noAnnotation", (d, g) -> {
            Method m = Generator.layer("unannotated", "Layer", new Annotation("Dense"));
            m.annotations.clear();
            d.layers.add(g.random.nextInt(d.layers.size() + 1), m);
        });
        ALL.put("twoAnnotations", (d, g) -> {
            Method m = anyLayer(d, g);
            m.annotations.add(m.layer().name.equals("BatchNormalization") ? new Annotation("Dense").with("units", 2)
                    : new Annotation("BatchNormalization"));
        });
        ALL.put("batchNorm", (d, g) -> insert(d, g, g.random.nextBoolean()
                ? new Annotation("BatchNormalization").with("momentum", g.pick(new String[] {"1.0", "-0.5"}))
                : new Annotation("BatchNormalization").with("epsilon", g.pick(new String[] {"0.0", "-0.5"})),
                "BatchNormLayer"));
        ALL.put("rrelu", (d, g) -> insert(d, g, g.random.nextBoolean()
                ? new Annotation("RReLU").with("lower", 0.8).with("upper", 0.2)
                : new Annotation("RReLU").with("upper", 1.5), "Layer"));
        ALL.put("negativeSlope", (d, g) -> insert(d, g, new Annotation(g.random.nextBoolean() ? "LeakyReLU" : "ELU")
                .with("alpha", -0.2), "Layer"));
        ALL.put("preluAfterRelu", (d, g) -> {
            d.layers.add(0, Generator.layer("preluInput", "DenseLayer", new Annotation("Dense").with("units", 3)
                    .with("activation", "Activation.RELU")));
            d.layers.add(1, Generator.layer("prelu", "PReLULayer", new Annotation("PReLU")));
        });
        ALL.put("preluAlpha", (d, g) -> insert(d, g, new Annotation("PReLU").with("alpha", "Double.NaN"), "PReLULayer"));
        ALL.put("hiddenSoftmax", (d, g) -> {
            ensureLayer(d, g);
            d.layers.add(0, Generator.layer("early", "DenseLayer", new Annotation("Dense").with("units", 3)
                    .with("activation", "Activation.SOFTMAX")));
        });
        ALL.put("lossOutput", Mutations::lossOutput);
        ALL.put("asClass", (d, g) -> d.kind = "class");
        ALL.put("generic", (d, g) -> d.generic = true);
        ALL.put("private", (d, g) -> {
            d.nested = true;
            d.modifiers = "private ";
        });
        ALL.put("reservedName", (d, g) -> anyLayer(d, g).name = g.pick(new String[] {"summary", "layers", "steps",
            "seed", "inputSize", "learningRate", "nextStep"}));
        ALL.put("noLayers", (d, g) -> d.layers.clear());
        ALL.put("nameClash", (d, g) -> d.clashingClass = !d.nested);
        ALL.put("inherited", (d, g) -> d.extendsRunnable = true);
        ALL.put("tooLarge", (d, g) -> {
            d.inputs = 100_000;
            d.layers.add(0, Generator.layer("huge", "DenseLayer", new Annotation("Dense").with("units", 100_000)
                    .with("activation", "Activation.RELU")));
        });
    }

    static {
        NEW.put("dropoutRate", (d, g) -> expect(d, "unroll:dropout-rate", insert(d, g,
                new Annotation(g.random.nextBoolean() ? "Dropout" : "AlphaDropout").with("rate",
                        g.pick(new String[] {"1.0", "-0.1", "1.5", "-1e-9", g.pick(NOT_FINITE)})), "Layer")));
        NEW.put("penalty", (d, g) -> {
            Method m = firstDense(d, g);
            m.layer().with(g.pick(new String[] {"l1", "l2", "maxNorm"}), g.pick(new String[] {"-1e-4", "-2.0",
                g.pick(NOT_FINITE)}));
            expect(d, "unroll:penalty", m);
        });
        NEW.put("weightDecay", (d, g) -> expect(d, "unroll:weight-decay", optimizer(d, g).with("weightDecay",
                g.pick(new String[] {"-0.01", "-1.0", g.pick(NOT_FINITE)}))));
        NEW.put("newOptimizerLearningRate", (d, g) -> expect(d, "unroll:learning-rate", replaceOptimizer(d,
                new Annotation(g.pick(NEW_OPTIMIZERS)).with("learningRate", g.pick(new String[] {"0.0", "-0.01",
                    g.pick(NOT_FINITE)})))));
        NEW.put("newOptimizerDecay", (d, g) -> expect(d, "unroll:decay-range", replaceOptimizer(d,
                new Annotation(g.pick(NEW_OPTIMIZERS)).with(g.random.nextBoolean() ? "beta1" : "beta2",
                        g.pick(new String[] {"1.0", "-0.1", "1.5"})))));
        NEW.put("newOptimizerEpsilon", (d, g) -> expect(d, "unroll:epsilon", replaceOptimizer(d,
                new Annotation(g.pick(NEW_OPTIMIZERS)).with("epsilon", g.pick(new String[] {"0.0", "-1e-7"})))));
        NEW.put("newOptimizerClip", (d, g) -> {
            Annotation o = new Annotation(g.pick(NEW_OPTIMIZERS));
            if (g.random.nextBoolean()) {
                expect(d, "unroll:clip-value", replaceOptimizer(d, o.with(g.pick(new String[] {"clipValue", "clipNorm",
                    "globalClipNorm"}), -0.5)));
            } else {
                expect(d, "unroll:clip-conflict", replaceOptimizer(d, o.with("clipNorm", 1.0).with("clipValue", 0.5)));
            }
        });
        NEW.put("adamwAmsgrad", (d, g) -> expect(d, "unroll:optimizer-combination", replaceOptimizer(d,
                new Annotation("AdamW").with("amsgrad", true).with("beta2", 0.0))));
        NEW.put("dropoutReturnType", (d, g) -> expect(d, "unroll:return-type", insert(d, g, new Annotation(
                g.random.nextBoolean() ? "Dropout" : "AlphaDropout").with("rate", 0.1),
                g.pick(new String[] {"DenseLayer", "BatchNormLayer", "PReLULayer"}))));
        NEW.put("dropoutTwoLayers", (d, g) -> {
            Method m = insert(d, g, new Annotation("Dropout").with("rate", 0.2), "Layer");
            m.annotations.add(switch (g.random.nextInt(3)) {
                case 0 -> new Annotation("Dense").with("units", 2);
                case 1 -> new Annotation("AlphaDropout").with("rate", 0.05);
                default -> new Annotation("BatchNormalization");
            });
            expect(d, "unroll:two-layers", m);
        });
        NEW.put("dropoutParameters", (d, g) -> {
            Method m = insert(d, g, new Annotation("Dropout").with("rate", 0.3), "Layer");
            m.parameters = "double rate";
            expect(d, "unroll:layer-parameters", m);
        });
    }

    private Mutations() {}

    private static void expect(Declaration d, String id, Object at) {
        d.expectedId = id;
        d.expectedAt = at;
    }

    /**
     * For the declarations of an extended generator: sometimes any mutation first, then always one of
     * {@link #NEW}, whose diagnostic is then expected (nothing after it can undo it), except in a class.
     */
    static void applyExtended(Declaration d, Generator g) {
        if (g.random.nextBoolean()) {
            java.util.List<String> names = new java.util.ArrayList<>(ALL.keySet());
            names.addAll(NEW.keySet());
            String name = names.get(g.random.nextInt(names.size()));
            if (name.equals("nameClash") && d.nested) {
                name = "generic";
            }
            (ALL.containsKey(name) ? ALL : NEW).get(name).accept(d, g);
            d.mutations.add(name);
        }
        String name = g.pick(NEW.keySet().toArray(new String[0]));
        NEW.get(name).accept(d, g);
        d.mutations.add(name);
        if (d.kind.equals("class")) {
            d.expectedId = null; // unroll:not-interface is the one check the processor makes of a class
        }
    }

    /** Applies one or two random mutations, recording their names. */
    static void apply(Declaration d, Generator g) {
        String[] names = ALL.keySet().toArray(new String[0]);
        int count = 1 + g.random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String name = g.pick(names);
            if (name.equals("nameClash") && d.nested) {
                name = "generic";
            }
            ALL.get(name).accept(d, g);
            d.mutations.add(name);
        }
    }

    private static Annotation optimizer(Declaration d, Generator g) {
        if (d.optimizers.isEmpty()) {
            d.optimizers.add(g.optimizer());
        }
        return d.optimizers.get(0);
    }

    private static Annotation replaceOptimizer(Declaration d, Annotation optimizer) {
        if (d.optimizers.isEmpty()) {
            d.optimizers.add(optimizer);
        } else {
            d.optimizers.set(0, optimizer);
        }
        return optimizer;
    }

    private static void decay(Declaration d, Generator g) {
        String bad = g.pick(new String[] {"1.0", "-0.1", "1.5"});
        switch (optimizer(d, g).name) {
            case "SGD" -> d.optimizers.get(0).with("momentum", bad);
            case "RMSprop" -> d.optimizers.get(0).with(g.random.nextBoolean() ? "rho" : "momentum", bad);
            case "Adam", "AdamW", "Adamax", "Nadam" -> d.optimizers.get(0).with(g.random.nextBoolean() ? "beta1" : "beta2", bad);
            default -> replaceOptimizer(d, new Annotation("SGD").with("momentum", bad));
        }
    }

    private static Method firstDense(Declaration d, Generator g) {
        for (Method m : d.layers) {
            if (!m.annotations.isEmpty() && m.layer().name.equals("Dense")) {
                return m;
            }
        }
        Method dense = g.dense("addedDense", 3, "TANH");
        d.layers.add(0, dense);
        return dense;
    }

    private static Method anyLayer(Declaration d, Generator g) {
        ensureLayer(d, g);
        Method m = d.layers.get(g.random.nextInt(d.layers.size()));
        return m.annotations.isEmpty() ? firstDense(d, g) : m;
    }

    private static void ensureLayer(Declaration d, Generator g) {
        if (d.layers.isEmpty()) {
            d.layers.add(g.dense("only", 2, "SIGMOID"));
        }
    }

    private static Method insert(Declaration d, Generator g, Annotation layer, String returnType) {
        Method m = Generator.layer("inserted" + d.layers.size(), returnType, layer);
        d.layers.add(g.random.nextInt(d.layers.size() + 1), m);
        return m;
    }

    /** A loss the last layer cannot serve: binary cross-entropy after softmax, sparse cross-entropy otherwise. */
    private static void lossOutput(Declaration d, Generator g) {
        ensureLayer(d, g);
        Method last = d.layers.get(d.layers.size() - 1);
        String ending = last.annotations.isEmpty() ? "" : last.layer().values.getOrDefault(
                last.layer().name.equals("Dense") ? "activation" : "value", "");
        d.loss = ending.endsWith("SOFTMAX") ? Loss.BINARY_CROSSENTROPY : Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
    }
}
