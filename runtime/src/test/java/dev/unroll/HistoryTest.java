package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistoryTest {
    private static History.Epoch epoch(double norm) {
        return new History.Epoch(1, 0.5, 0.75, Double.NaN, Double.NaN, 1.25, 1e-3, new double[] {norm, 2},
                new double[] {1e-3, 2e-3});
    }

    @Test
    void anEpochPrintsItsPerLayerValues() {
        String text = epoch(1.5).toString();
        assertTrue(text.contains("gradientNorms=[1.5, 2.0]"), text);
        assertTrue(text.contains("updateRatios=[0.001, 0.002]"), text);
        assertFalse(text.contains("[D@"), text);
    }

    @Test
    void anEpochComparesByValueAndKeepsItsArrays() {
        double[] norms = {1.5, 2};
        History.Epoch e = new History.Epoch(1, 0.5, 0.75, Double.NaN, Double.NaN, 1.25, 1e-3, norms,
                new double[] {1e-3, 2e-3});
        norms[0] = 99;
        e.gradientNorms()[1] = 99;
        assertEquals(epoch(1.5), e);
        assertEquals(epoch(1.5).hashCode(), e.hashCode());
        assertFalse(epoch(1.5).equals(epoch(1.6)));
    }
}
