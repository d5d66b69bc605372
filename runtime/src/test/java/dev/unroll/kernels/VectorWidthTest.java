package dev.unroll.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The width executions of the build ({@code -XX:MaxVectorSize=16} and {@code 32}) really run the
 * kernels at 128 and 256 bits, or narrower where the CPU is (a NEON machine runs both at 128): a
 * flag that HotSpot ignored would leave them testing the default, wider one.
 */
@Tag("widths")
class VectorWidthTest {
    /** Set by the build's width executions; absent in the default one, which runs at the widest. */
    static final String EXPECTED = System.getProperty("unroll.test.vectorBits");

    @Test
    void preferredSpeciesHasTheRequestedWidth() {
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        System.out.println("kernel tests at " + bits + "-bit vectors (" + System.getProperty("java.version") + ")");
        if (EXPECTED != null) {
            assertTrue(bits <= Integer.parseInt(EXPECTED), bits + "-bit vectors in a run asked for " + EXPECTED);
        }
    }
}
