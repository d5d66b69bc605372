package dev.unroll.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks say about the machine: the CPU's model name and whether it has AVX-512 (Linux). */
final class Cpu {
    private Cpu() {}

    private static List<String> cpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            return List.of(); // not Linux
        }
    }

    static String model() {
        for (String line : cpuinfo()) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "CPU unknown";
    }

    static boolean hasAvx512() {
        for (String line : cpuinfo()) {
            if (line.startsWith("flags")) {
                return line.contains(" avx512f");
            }
        }
        return false;
    }
}
