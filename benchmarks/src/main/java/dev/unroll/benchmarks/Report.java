package dev.unroll.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.incubator.vector.FloatVector;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH and prints one markdown table: the median time of each (over every
 * measured iteration of every fork) with its range, converted to what the targets are stated in
 * (GFLOP/s and share of the FMA peak, examples per second, microseconds) and compared with the
 * baseline and the one-thread run measured in the same session. Arguments: {@code --quick} (one
 * fork, fewer iterations) and a regular expression selecting benchmarks, e.g. {@code Training}.
 */
public final class Report {
    private static final double USEFUL_FLOPS_PER_ROW = 2.0 * Kernels.IN * Kernels.UNITS;

    private Report() {}

    public static void main(String[] args) throws RunnerException, IOException {
        String include = ".*";
        boolean quick = false;
        // Maven passes -Dbenchmarks.args as one argument: split it on blanks
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (!arg.isEmpty()) {
                include = arg;
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder().include("dev\\.unroll\\.benchmarks\\..*" + include + ".*");
        if (quick) {
            options.forks(1).warmupIterations(2).measurementIterations(3);
        }
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (NoBenchmarksException e) {
            System.err.println("No benchmark matches '" + include + "'; the benchmarks are FmaPeak, Kernels,"
                    + " ActivationKernels, Training, Prediction and Baseline.");
            System.exit(2);
            return;
        }
        String table = table(results);
        System.out.println();
        System.out.println(table);
        Path file = Path.of("target", "benchmarks.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
        System.out.println("(also written to " + file.toAbsolutePath() + ")");
    }

    /** One measured benchmark: name without package, parameters, median and range in µs per call. */
    private record Row(String name, String params, double median, double min, double max) {}

    static String table(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        Map<String, Double> medians = new HashMap<>();
        for (RunResult r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            String name = r.getParams().getBenchmark().replace("dev.unroll.benchmarks.", "");
            String params = params(r);
            rows.add(new Row(name, params, stats.getPercentile(50), stats.getMin(), stats.getMax()));
            medians.put(name + params, stats.getPercentile(50));
        }
        Double peakMicros = medians.get("FmaPeak.fma");
        double peak = peakMicros == null ? Double.NaN : FmaPeak.FLOPS / peakMicros / 1e3;
        StringBuilder out = new StringBuilder();
        out.append(machine()).append("\n\n");
        out.append("| benchmark | median µs/call (min–max) | result | compared with |\n");
        out.append("|---|---:|---:|---|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s%s | %.1f (%.1f–%.1f) | %s | %s |%n", row.name(),
                    row.params().isEmpty() ? "" : " " + row.params(), row.median(), row.min(), row.max(),
                    result(row, peak), comparison(row, medians, peak)));
        }
        return out.toString();
    }

    private static String params(RunResult r) {
        var p = r.getParams();
        StringBuilder s = new StringBuilder();
        for (String key : p.getParamsKeys()) {
            s.append(s.length() == 0 ? "" : ", ").append(key).append('=').append(p.getParam(key));
        }
        return s.length() == 0 ? "" : "(" + s + ")";
    }

    /** Examples per call, for the benchmarks measured in examples per second. */
    private static int examples(String name) {
        if (name.endsWith("Batch32")) {
            return 32;
        }
        if (name.endsWith("Batch128")) {
            return 128;
        }
        return name.endsWith("predict1000") ? 1000 : 0;
    }

    private static String result(Row row, double peak) {
        if (row.name().equals("FmaPeak.fma")) {
            return String.format(Locale.ROOT, "%.1f GFLOP/s", peak);
        }
        if (row.name().startsWith("Kernels.")) {
            double gflops = USEFUL_FLOPS_PER_ROW * Integer.parseInt(row.params().replaceAll("\\D", "")) / row.median()
                    / 1e3;
            return String.format(Locale.ROOT, "%.1f GFLOP/s = %.0f%% of peak", gflops, 100 * gflops / peak);
        }
        if (row.name().startsWith("ActivationKernels.")) {
            return String.format(Locale.ROOT, "%.1f µs = %.2f ns per element", row.median(),
                    row.median() * 1e3 / ActivationKernels.LEN);
        }
        int examples = examples(row.name());
        if (examples > 0) {
            return String.format(Locale.ROOT, "%,.0f examples/s", examples / row.median() * 1e6);
        }
        return String.format(Locale.ROOT, "%.1f µs", row.median());
    }

    /** The ratio to the plain-Java baseline (one thread) or to the one-thread run of the same benchmark. */
    private static String comparison(Row row, Map<String, Double> medians, double peak) {
        List<String> parts = new ArrayList<>();
        String baseline = switch (row.name()) {
            case "Training.mlpBatch32" -> "Baseline.scalarBatch32";
            case "Training.mlpBatch128" -> "Baseline.scalarBatch128";
            case "Prediction.predict1" -> "Baseline.scalarPredict1";
            default -> null;
        };
        Double base = baseline == null ? null : medians.get(baseline);
        if (base != null) {
            parts.add(String.format(Locale.ROOT, "%.1f× the plain-Java baseline", base / row.median()));
        }
        if (row.params().contains("threads=2")) {
            Double one = medians.get(row.name() + row.params().replace("threads=2", "threads=1"));
            if (one != null) {
                parts.add(String.format(Locale.ROOT, "%.2f× one thread", one / row.median()));
            }
        }
        return String.join("; ", parts);
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%s, %d cores visible to the JVM, JDK %s (%s), vector species %s, %s",
                Cpu.model(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), FloatVector.SPECIES_PREFERRED, LocalDate.now());
    }
}
