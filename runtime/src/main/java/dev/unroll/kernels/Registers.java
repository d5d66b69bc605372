package dev.unroll.kernels;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How many vector registers the JIT can give a kernel, read once when the kernels load: the
 * register blocks of {@link MatMul} are shaped for it. x86 has 16 (xmm/ymm 0–15) unless HotSpot
 * emits AVX-512's EVEX encoding ({@code -XX:UseAVX=3}), which adds 16 more at every vector width;
 * AArch64 has 32 (NEON and SVE). The system property {@code unroll.vectorRegisters} (16 or 32)
 * overrides the guess, for measuring one shape on a machine that would pick the other.
 */
final class Registers {
    static final int VECTOR_REGISTERS = count();

    private Registers() {}

    private static int count() {
        String forced = System.getProperty("unroll.vectorRegisters");
        if ("16".equals(forced) || "32".equals(forced)) {
            return Integer.parseInt(forced);
        }
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (arch.equals("aarch64")) {
            return 32;
        }
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return useAvx() >= 3 ? 32 : 16;
        }
        return 16;
    }

    /** HotSpot's {@code UseAVX} flag, or 0 where the VM or the management module does not say. */
    private static int useAvx() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(bean.getVMOption("UseAVX").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 0; // not HotSpot, or jdk.management absent: assume the smaller register file
        }
    }
}
