package dev.unroll.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The experiments behind BENCHMARKS.md's decisions compare like with like: both ways give the same bits. */
class DecisionsTest {
    @Test
    void fusedAndUnfusedUpdatesGiveTheSameWeights() {
        for (int m : new int[] {32, 128}) {
            FusedUpdate apart = new FusedUpdate(m), fused = new FusedUpdate(m);
            for (int step = 0; step < 3; step++) {
                apart.unfused();
                fused.fused();
            }
            assertArrayEquals(apart.w, fused.w, "batch " + m);
        }
    }

    @Test
    void theStripCopyGivesTheSameRow() {
        RowLayout layout = new RowLayout();
        layout.inPlace();
        layout.contiguous();
        int j = 0;
        for (float[] strip : layout.stripZ) {
            for (float v : strip) {
                assertEquals(Float.floatToRawIntBits(layout.z[j]), Float.floatToRawIntBits(v), "column " + j);
                j++;
            }
        }
        assertEquals(Kernels.STRIDE, j);
    }
}
