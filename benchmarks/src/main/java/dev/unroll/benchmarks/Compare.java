package dev.unroll.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One command for the speed goals: {@link Speed} in a forked JVM per vector width
 * ({@code -XX:MaxVectorSize=64/32/16}, with {@code -XX:UseAVX=3} on an AVX-512 x86 so 512 bits are
 * available at all), alternating with the PyTorch peer ({@code peer/torch_peer.py}) on the same
 * machine, for a number of rounds; then one table per width of the medians over the rounds, each
 * figure as a share of the FMA peak measured in the same JVM and as a ratio to PyTorch measured
 * minutes apart. Writes {@code target/compare.md}.
 *
 * <p>Arguments: {@code --rounds N} (default 3), {@code --widths 64,32,16}, {@code --no-peer}.
 */
public final class Compare {
    private Compare() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = 3;
        boolean peer = true;
        List<Integer> widths = defaultWidths();
        List<String> list = Arrays.asList(String.join(" ", args).trim().split("\\s+"));
        for (int i = 0; i < list.size(); i++) {
            switch (list.get(i)) {
                case "--rounds" -> rounds = Integer.parseInt(list.get(++i));
                case "--no-peer" -> peer = false;
                case "--widths" -> {
                    widths = new ArrayList<>();
                    for (String w : list.get(++i).split(",")) {
                        widths.add(Integer.parseInt(w));
                    }
                }
                default -> {
                    if (!list.get(i).isEmpty()) {
                        System.err.println("unknown argument " + list.get(i) + "; use --rounds N, --widths 64,32,16, --no-peer");
                        System.exit(2);
                    }
                }
            }
        }
        Map<Integer, List<Map<String, Double>>> java = new LinkedHashMap<>();
        List<Map<String, Double>> torch = new ArrayList<>();
        String torchInfo = "not run";
        for (int round = 1; round <= rounds; round++) {
            for (int width : widths) {
                System.out.printf(Locale.ROOT, "round %d/%d: Unroll at %d bits%n", round, rounds, width * 8);
                java.computeIfAbsent(width, w -> new ArrayList<>()).add(runJava(width));
                if (peer) {
                    System.out.printf(Locale.ROOT, "round %d/%d: PyTorch%n", round, rounds);
                    List<String> out = run(List.of("python3", Path.of("peer", "torch_peer.py").toString()), "peer ");
                    if (out == null) {
                        peer = false;
                        torchInfo = "the peer did not run (python3 with python3-torch is needed; see BENCHMARKS.md)";
                    } else {
                        torch.add(parse(out.get(0)));
                        torchInfo = out.get(1);
                    }
                }
            }
        }
        String report = report(java, torch, torchInfo, rounds);
        System.out.println(report);
        Path file = Path.of("target", "compare.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("(also written to " + file.toAbsolutePath() + ")");
    }

    private static List<Integer> defaultWidths() {
        List<Integer> widths = new ArrayList<>();
        if (Cpu.hasAvx512()) {
            widths.add(64);
        }
        widths.add(32);
        widths.add(16);
        return widths;
    }

    private static Map<String, Double> runJava(int width) throws IOException, InterruptedException {
        String javaExe = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaExe, "--add-modules=jdk.incubator.vector"));
        if (Cpu.hasAvx512()) {
            command.add("-XX:UseAVX=3");
        }
        command.addAll(List.of("-XX:MaxVectorSize=" + width, "-cp", System.getProperty("java.class.path"),
                Speed.class.getName()));
        List<String> out = run(command, "speed ");
        if (out == null) {
            throw new IllegalStateException("the Speed JVM at -XX:MaxVectorSize=" + width + " printed no figures");
        }
        Map<String, Double> figures = parse(out.get(0));
        if (figures.get("bits") > width * 8) {
            throw new IllegalStateException("asked for " + width * 8 + " bits, got " + figures.get("bits"));
        }
        return figures;
    }

    /** Runs a command; returns its line starting with {@code marker} and the line after it, or null. */
    private static List<String> run(List<String> command, String marker) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        process.waitFor();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(marker)) {
                return List.of(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : "");
            }
        }
        return null;
    }

    static Map<String, Double> parse(String line) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String field : line.trim().split("\\s+")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                figures.put(field.substring(0, eq), Double.parseDouble(field.substring(eq + 1)));
            }
        }
        return figures;
    }

    static double median(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.getOrDefault(key, Double.NaN)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static String report(Map<Integer, List<Map<String, Double>>> java, List<Map<String, Double>> torch,
                                 String torchInfo, int rounds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s, JDK %s, %s; medians of %d rounds, each width's JVM and the PyTorch peer "
                + "run alternately.%n%nPyTorch: %s%n", Cpu.model(), System.getProperty("java.version"), LocalDate.now(),
                rounds, torchInfo));
        for (var entry : java.entrySet()) {
            List<Map<String, Double>> runs = entry.getValue();
            double peak = median(runs, "peak");
            s.append(String.format(Locale.ROOT, "%n### %d-bit vectors (-XX:MaxVectorSize=%d): FMA peak %.1f GFLOP/s (%.1f–%.1f)%n%n",
                    entry.getKey() * 8, entry.getKey(), peak, runs.stream().mapToDouble(r -> r.get("peak")).min().orElse(0),
                    runs.stream().mapToDouble(r -> r.get("peak")).max().orElse(0)));
            s.append("| figure | Unroll, µs per call (range over rounds) | result | share of the FMA peak | PyTorch, µs per call | Unroll's lead |\n");
            s.append("|---|---:|---:|---:|---:|---:|\n");
            for (String key : runs.get(0).keySet()) {
                if (key.equals("bits") || key.equals("fma") || key.equals("peak")) {
                    continue;
                }
                double us = median(runs, key);
                double peer = torch.isEmpty() ? Double.NaN : median(torch, key);
                s.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f–%.1f) | %s | %s | %s | %s |%n", key, us,
                        runs.stream().mapToDouble(r -> r.get(key)).min().orElse(Double.NaN),
                        runs.stream().mapToDouble(r -> r.get(key)).max().orElse(Double.NaN), Speed.result(key, us),
                        Speed.share(key, us, peak), Double.isNaN(peer) ? "" : String.format(Locale.ROOT, "%.1f", peer),
                        Double.isNaN(peer) ? "" : String.format(Locale.ROOT, "%.2f×", peer / us)));
            }
        }
        return s.toString();
    }
}
