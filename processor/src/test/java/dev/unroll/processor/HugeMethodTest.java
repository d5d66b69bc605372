package dev.unroll.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.processor.testing.ClassFiles;
import dev.unroll.processor.validate.ConstructorSizeValidator;
import dev.unroll.processor.testing.InMemoryCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot compiles no method of more than 8,000 bytes of bytecode (unless a user starts the JVM
 * with {@code -XX:-DontCompileHugeMethods}); such a method runs interpreted, many times slower, and
 * nothing says so. This test compiles networks of growing depth, reads the bytecode length of
 * every generated method from the class file, and checks that no method HotSpot runs per batch
 * reaches the limit at any depth the processor accepts: the passes are split into helper methods
 * ({@code PassEmitter.CHUNK} blocks each). It prints the bytes each layer adds to each method.
 */
class HugeMethodTest {
    /** HotSpot's {@code HugeMethodLimit}. */
    static final int HUGE = 8000;

    /**
     * One repeated unit of layers (a Dense layer with what follows it), its layers, trainable arrays
     * and Dense layers with a max-norm constraint.
     */
    enum Unit {
        DENSE("@Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer d%d();", 1, 2, 0),
        BATCH_NORM("@Dense(units = 8, useBias = false, kernelInitializer = HE_NORMAL) DenseLayer d%1$d();"
                + " @BatchNormalization BatchNormLayer n%1$d(); @ActivationLayer(RELU) Layer a%1$d();", 3, 3, 0),
        PRELU("@Dense(units = 8, kernelInitializer = HE_NORMAL) DenseLayer d%1$d(); @PReLU PReLULayer p%1$d();", 2, 3, 0),
        RRELU("@Dense(units = 8, kernelInitializer = HE_NORMAL) DenseLayer d%1$d(); @RReLU Layer r%1$d();", 2, 2, 0),
        DROPOUT("@Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL) DenseLayer d%1$d();"
                + " @Dropout(rate = 0.2) Layer x%1$d();", 2, 2, 0),
        ALPHA_DROPOUT("@Dense(units = 8, activation = SELU, kernelInitializer = LECUN_NORMAL) DenseLayer d%1$d();"
                + " @AlphaDropout(rate = 0.1) Layer x%1$d();", 2, 2, 0),
        MAX_NORM("@Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL, maxNorm = 3.0, l1 = 1e-5,"
                + " l2 = 1e-4) DenseLayer d%d();", 1, 2, 1);

        final String pattern;
        final int layers;
        final int arrays;
        final int maxNorms;

        Unit(String pattern, int layers, int arrays, int maxNorms) {
            this.pattern = pattern;
            this.layers = layers;
            this.arrays = arrays;
            this.maxNorms = maxNorms;
        }
    }

    /** Optimizer annotation → its slots per trainable array. */
    static final Map<String, Integer> OPTIMIZERS = Map.of("@SGD", 0, "@Adam(clipNorm = 1.0)", 2,
            "@RMSprop(centered = true, momentum = 0.9)", 3, "@Nadam", 2, "@Adamax", 2, "@AdamW(weightDecay = 0.004)", 2);

    /** The validator's estimate of the constructor of {@code depth} units and the output layer. */
    static long estimate(Unit unit, String optimizer, int depth) {
        return ConstructorSizeValidator.estimate(unit.layers * depth + 1, unit.arrays * depth + 2,
                OPTIMIZERS.get(optimizer), unit.maxNorms * depth);
    }

    static String source(Unit unit, String optimizer, int depth) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            body.append("    ").append(unit.pattern.formatted(i)).append('\n');
        }
        return """
                package deep;

                import static dev.unroll.Activation.*;
                import static dev.unroll.Initializer.*;
                import dev.unroll.*;

                @SuppressWarnings({"unroll:layers", "unroll:optimizer", "unroll:init-activation"})
                @Network(inputs = 8, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
                %s
                public interface Deep extends Model {
                %s    @Dense(units = 3, activation = SOFTMAX) DenseLayer output();
                }
                """.formatted(optimizer, body);
    }

    /** Method → bytecode length of the generated class of {@code depth} units. */
    static Map<String, Integer> lengths(Unit unit, String optimizer, int depth) {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(Map.of("deep.Deep", source(unit, optimizer, depth)));
        assertTrue(result.success(), () -> unit + " x" + depth + ": " + result.describe());
        return ClassFiles.codeLengths(result.classFiles().get("deep.UnrolledDeep"));
    }

    @Test
    void bytesPerLayerOfEachMethod() {
        StringBuilder report = new StringBuilder("bytes of bytecode each unit adds (8 units vs 4):\n");
        for (String optimizer : OPTIMIZERS.keySet().stream().sorted().toList()) {
            for (Unit unit : Unit.values()) {
                Map<String, Integer> four = lengths(unit, optimizer, 4);
                Map<String, Integer> eight = lengths(unit, optimizer, 8);
                List<String> growth = new ArrayList<>();
                int unsplit = Integer.MAX_VALUE;
                for (var e : eight.entrySet()) {
                    String method = e.getKey();
                    int perUnit = (e.getValue() - four.getOrDefault(method, e.getValue())) / 4;
                    if (perUnit > 0) {
                        growth.add(method.substring(0, method.indexOf('(')) + " " + perUnit);
                        if (!method.startsWith("<init>")) {
                            // one straight method per pass, as before the split: how many units fit in 8,000 bytes
                            int base = four.get(method) - 4 * perUnit;
                            unsplit = Math.min(unsplit, (HUGE - 1 - base) / perUnit);
                        }
                    }
                }
                report.append(String.format(Locale.ROOT, "  %-42s %-11s %s; unsplit passes stay compilable up to %d"
                        + " units%n", optimizer, unit, growth, unsplit));
            }
        }
        System.out.print(report);
    }

    @Test
    void noHotMethodIsHugeInADeepNetwork() {
        for (Unit unit : Unit.values()) {
            int depth = unit == Unit.DENSE ? 150 : 60;
            Map<String, Integer> lengths = lengths(unit, "@Adam(clipNorm = 1.0)", depth);
            lengths.forEach((method, length) -> {
                if (!method.startsWith("<init>")) {
                    assertTrue(length < HUGE, unit + " x" + depth + ": " + method + " has " + length + " bytes");
                }
            });
            System.out.printf(Locale.ROOT, "%s x%d: largest hot method %d bytes, constructor %d bytes%n", unit, depth,
                    lengths.entrySet().stream().filter(e -> !e.getKey().startsWith("<init>"))
                            .mapToInt(Map.Entry::getValue).max().orElseThrow(),
                    lengths.get("<init>(J)V"));
        }
    }

    @Test
    void theConstructorEstimateIsAnUpperBoundThatIsNotFarOff() {
        List<String> under = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (String optimizer : OPTIMIZERS.keySet().stream().sorted().toList()) {
            for (Unit unit : Unit.values()) {
                for (int depth : new int[] {1, 12}) {
                    int actual = lengths(unit, optimizer, depth).get("<init>(J)V");
                    long estimate = estimate(unit, optimizer, depth);
                    String what = String.format(Locale.ROOT, "%-42s %-13s x%-2d estimate %6d, actual %6d (%+.0f%%)",
                            optimizer, unit, depth, estimate, actual, 100.0 * (estimate - actual) / actual);
                    System.out.println(what);
                    if (estimate < actual) {
                        under.add(what);
                    }
                    if (depth > 1 && estimate > actual * 1.45) {
                        over.add(what);
                    }
                }
            }
        }
        assertTrue(under.isEmpty(), () -> "below the real constructor:\n" + String.join("\n", under));
        assertTrue(over.isEmpty(), () -> "more than 45% above the real constructor:\n" + String.join("\n", over));
    }

    /**
     * Near the limit, too, the estimate stays above the real constructor (more constants push javac to
     * wider instructions): the deepest network of each unit the validator accepts, with the optimizer
     * of the most slots and with Nadam (a schedule field of its own), compiles and its constructor is
     * no larger than the estimate.
     */
    @Test
    void theEstimateHoldsAtTheDeepestAcceptedNetworkOfEachUnit() {
        for (String optimizer : List.of("@RMSprop(centered = true, momentum = 0.9)", "@Nadam")) {
            for (Unit unit : Unit.values()) {
                int deepest = 0;
                while (estimate(unit, optimizer, deepest + 1) <= 65_535) {
                    deepest++;
                }
                int actual = lengths(unit, optimizer, deepest).get("<init>(J)V");
                long estimate = estimate(unit, optimizer, deepest);
                String what = String.format(Locale.ROOT, "%-42s %-13s x%-3d estimate %6d, actual %6d (%+.0f%%)",
                        optimizer, unit, deepest, estimate, actual, 100.0 * (estimate - actual) / actual);
                System.out.println(what);
                assertTrue(estimate >= actual, what);
            }
        }
    }

    /** The deepest network of Dense layers trained with Adam the processor accepts compiles; one more is refused. */
    @Test
    void theDeepestAcceptedNetworkCompilesAndTheNextIsRefused() {
        String adam = "@Adam(clipNorm = 1.0)";
        int deepest = 0;
        while (estimate(Unit.DENSE, adam, deepest + 1) <= 65_535) {
            deepest++;
        }
        Map<String, Integer> lengths = lengths(Unit.DENSE, adam, deepest);
        lengths.forEach((method, length) -> assertTrue(method.startsWith("<init>") || length < HUGE, method));
        System.out.printf(Locale.ROOT, "deepest accepted: %d Dense layers + output, constructor %d bytes%n", deepest,
                lengths.get("<init>(J)V"));
        InMemoryCompiler.Result refused = InMemoryCompiler.compile(Map.of("deep.Deep", source(Unit.DENSE, adam,
                deepest + 1)));
        assertTrue(!refused.success(), refused::describe);
        var error = refused.errors().get(0);
        String message = error.getMessage(Locale.ROOT);
        System.out.println(message);
        assertTrue(message.startsWith("[unroll:too-deep] Deep: its " + (deepest + 2) + " layers"), message);
        long line = source(Unit.DENSE, adam, 1).lines().takeWhile(l -> !l.startsWith("public interface")).count() + 1;
        assertEquals(line, error.getLineNumber(), "reported on the interface");
        assertEquals(1, refused.errors().size(), refused::describe);
    }
}
