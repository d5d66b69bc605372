package dev.unroll.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Model;
import dev.unroll.processor.testing.InMemoryCompiler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declarations from a seeded generator: every valid one compiles, and its generated class passes a
 * finite-difference gradient check on a small batch; every invalid one (a valid one with one or two
 * mutations, see {@link Mutations}) gets at least one error and never makes the processor fail.
 *
 * <p>The first milestone's seed makes the declarations it always made; a second seed drives an
 * extended generator (dropout, penalties, weight decay, Nadam, Adamax, AdamW, Huber and mean
 * absolute error), whose invalid declarations end with one of {@link Mutations#NEW} and must get
 * that mutation's diagnostic on the element it broke (unless javac's own errors stopped processing).
 */
class GeneratedDeclarationsTest {
    private static final long SEED = 20261126L;
    private static final int VALID = 700;
    private static final int INVALID = 500;
    private static final long EXTENDED_SEED = 20261128L;
    private static final int EXTENDED_VALID = 250;
    private static final int EXTENDED_INVALID = 200;
    private static final int CHUNK = 50;
    private static final AtomicInteger BY_UNROLL = new AtomicInteger();
    private static final AtomicInteger EXPECTED = new AtomicInteger();
    /** Warnings the generator avoids on purpose (dropout kind against SELU, l2 under weight decay, AdamW without it). */
    private static final List<String> RESPECTED_ADVICE = List.of("@Dropout in a SELU network",
            "@AlphaDropout is made for SELU networks", "shrinks the same weights twice", "is plain Adam");

    @Test
    void validDeclarationsCompileAndTrainInvalidOnesAreRejected() throws Exception {
        Generator generator = new Generator(SEED);
        List<Declaration> valid = new ArrayList<>();
        List<Declaration> invalid = new ArrayList<>();
        for (int i = 0; i < VALID + INVALID; i++) {
            Declaration d = generator.valid(i);
            if (i >= VALID) {
                Mutations.apply(d, generator);
                invalid.add(d);
            } else {
                valid.add(d);
            }
        }
        int checked = checkValid(valid);
        int rejected = checkInvalid(invalid);
        System.out.printf(Locale.ROOT, "generated declarations: %d valid compiled and passed the gradient check,"
                + " %d invalid rejected (%d with an Unroll diagnostic, the rest by javac itself), 0 crashes%n", checked,
                rejected, BY_UNROLL.get());
        assertEquals(VALID, checked);
        assertEquals(INVALID, rejected);
    }

    @Test
    void extendedDeclarationsCompileAndTrainInvalidOnesGetTheirDiagnostic() throws Exception {
        Generator generator = new Generator(EXTENDED_SEED, true);
        List<Declaration> valid = new ArrayList<>();
        List<Declaration> invalid = new ArrayList<>();
        for (int i = 0; i < EXTENDED_VALID + EXTENDED_INVALID; i++) {
            Declaration d = generator.valid(10_000 + i);
            if (i >= EXTENDED_VALID) {
                Mutations.applyExtended(d, generator);
                invalid.add(d);
            } else {
                valid.add(d);
            }
        }
        Map<String, Integer> coverage = coverage(valid);
        coverage.forEach((element, count) -> assertTrue(count >= 5, () -> "only " + count + " valid declarations with "
                + element + ": " + coverage));
        int checked = checkValid(valid);
        int before = EXPECTED.get();
        int rejected = checkInvalid(invalid);
        System.out.printf(Locale.ROOT, "extended declarations: %d valid compiled and passed the gradient check,"
                + " %d invalid rejected, %d of them with the expected diagnostic on the expected line (the rest"
                + " stopped by javac's own errors), 0 crashes; valid ones with each new element: %s%n", checked, rejected,
                EXPECTED.get() - before, coverage);
        assertEquals(EXTENDED_VALID, checked);
        assertEquals(EXTENDED_INVALID, rejected);
        // only a declaration that javac's own errors stop goes unchecked: a few, never most
        assertTrue(EXPECTED.get() - before >= EXTENDED_INVALID * 9 / 10, () -> "the expected diagnostic was checked"
                + " in only " + (EXPECTED.get() - before) + " of " + EXTENDED_INVALID + " invalid declarations");
    }

    /** How many declarations hold each element the extended generator adds, so none silently stops being drawn. */
    private static Map<String, Integer> coverage(List<Declaration> declarations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String element : List.of("@Dropout(", "@AlphaDropout(", "l1 = ", "l2 = ", "maxNorm = ", "weightDecay = ",
                "@Nadam(", "@Adamax(", "@AdamW(", "Loss.HUBER", "Loss.MEAN_ABSOLUTE_ERROR")) {
            counts.put(element.replace("(", "").replace(" = ", "").replace("Loss.", ""),
                    (int) declarations.stream().filter(d -> d.render().contains(element)).count());
        }
        return counts;
    }

    private static int checkValid(List<Declaration> declarations) throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(sources(declarations));
        assertTrue(result.errors().isEmpty(), () -> "valid declarations did not compile:\n" + describe(result, declarations));
        for (Diagnostic<? extends JavaFileObject> w : result.diagnostics()) {
            String m = w.getMessage(Locale.ROOT);
            assertTrue(RESPECTED_ADVICE.stream().noneMatch(m::contains), () -> "the generator broke advice it keeps: "
                    + (w.getSource() == null ? "" : w.getSource().getName()) + ":" + w.getLineNumber() + " " + m);
        }
        int passed = 0;
        for (Declaration d : declarations) {
            Method create = result.load(d.generatedClass()).getDeclaredMethod("create");
            create.setAccessible(true);
            Model net = (Model) create.invoke(null);
            String failure = GradientCheck.check(net, d.loss, new Random(d.seed));
            assertTrue(failure == null, () -> d.name + ": " + failure + "\n" + d.render());
            passed++;
        }
        return passed;
    }

    /**
     * Compiles the invalid declarations in chunks. Some mutations are errors for javac itself (a
     * layer named summary() clashes with Model.summary()), and javac then skips annotation
     * processing for the whole compilation; such a chunk is compiled again file by file.
     */
    private static int checkInvalid(List<Declaration> declarations) {
        int rejected = 0;
        for (int from = 0; from < declarations.size(); from += CHUNK) {
            List<Declaration> chunk = declarations.subList(from, Math.min(from + CHUNK, declarations.size()));
            InMemoryCompiler.Result result = InMemoryCompiler.compile(sources(chunk), "-Xmaxerrs", "100000");
            boolean javacErrors = result.errors().stream().anyMatch(e -> !e.getMessage(Locale.ROOT).startsWith("[unroll:"));
            for (Declaration d : chunk) {
                rejected += checkRejected(d, javacErrors ? InMemoryCompiler.compile(sources(List.of(d))) : result);
            }
        }
        return rejected;
    }

    private static int checkRejected(Declaration d, InMemoryCompiler.Result result) {
        List<String> errors = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> e : result.errors()) {
            if (e.getSource() != null && e.getSource().getName().endsWith("/" + d.fileType() + ".java")) {
                errors.add(e.getMessage(Locale.ROOT));
                where.add(e.getLineNumber() + ": " + e.getMessage(Locale.ROOT));
            }
        }
        assertTrue(!errors.isEmpty(), () -> d.name + " with " + d.mutations + " compiled without error:\n" + d.render());
        assertTrue(errors.stream().noneMatch(m -> m.contains("[unroll:internal]")),
                () -> d.name + ": the processor failed: " + errors + "\n" + d.render());
        BY_UNROLL.addAndGet(errors.stream().anyMatch(m -> m.startsWith("[unroll:")) ? 1 : 0);
        if (d.expectedId != null && errors.stream().allMatch(m -> m.startsWith("[unroll:"))) {
            d.render();
            String wanted = d.expectedLine() + ": [" + d.expectedId + "]";
            assertTrue(where.stream().anyMatch(w -> w.startsWith(wanted)), () -> d.name + " with " + d.mutations
                    + ": expected " + wanted + "..., got " + where + "\n" + d.render());
            EXPECTED.incrementAndGet();
        }
        return 1;
    }

    private static Map<String, String> sources(List<Declaration> declarations) {
        Map<String, String> sources = new LinkedHashMap<>();
        declarations.forEach(d -> sources.put(Generator.PACKAGE + "." + d.fileType(), d.render()));
        return sources;
    }

    private static String describe(InMemoryCompiler.Result result, List<Declaration> declarations) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> e : result.errors().subList(0, Math.min(5, result.errors().size()))) {
            out.append(e.getSource() == null ? "" : e.getSource().getName()).append(':').append(e.getLineNumber())
                    .append(' ').append(e.getMessage(Locale.ROOT)).append('\n');
            for (Declaration d : declarations) {
                if (e.getSource() != null && e.getSource().getName().endsWith("/" + d.fileType() + ".java")) {
                    out.append(d.render());
                }
            }
        }
        return out.toString();
    }
}
