package dev.unroll.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The width executions of the build ({@code -XX:MaxVectorSize=16} and {@code 32}) really run the
 * kernels at 128 and 256 bits: a flag that HotSpot ignored would leave them testing the default.
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
            assertEquals(Integer.parseInt(EXPECTED), bits, "vector bits of this run");
        }
    }
}
