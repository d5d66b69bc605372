package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The vectorized finiteness scan against its scalar twin, on sizes that leave a tail, with the bad value at every place. */
class FiniteTest {
    private static final float[] BAD = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};

    @Test
    void agreesWithTheScalarTwinEverywhere() {
        int checked = 0;
        for (int n : new int[] {1, 7, 8, 9, 15, 16, 17, 259}) {
            float[] a = new float[n + 3];
            for (int i = 0; i < a.length; i++) {
                a[i] = (i % 2 == 0 ? 1 : -1) * Float.MAX_VALUE / (i + 1);
            }
            for (int from : new int[] {0, 1, 3}) {
                assertEquals(true, Finite.all(a, from, from + n));
                for (int at = 0; at < a.length; at++) {
                    for (float bad : BAD) {
                        float keep = a[at];
                        a[at] = bad;
                        assertEquals(Finite.scalar(a, from, from + n), Finite.all(a, from, from + n),
                                n + " values from " + from + ", " + bad + " at " + at);
                        checked++;
                        a[at] = keep;
                    }
                }
            }
        }
        assertEquals(true, checked > 1000);
    }

    @Test
    void rowsIgnoreThePadding() {
        float[] a = new float[3 * 16];
        a[5] = Float.NaN; // in the padding of row 0 (4 columns of 16)
        assertEquals(true, Finite.rows(a, 3, 4, 16));
        a[16 + 3] = Float.POSITIVE_INFINITY;
        assertEquals(false, Finite.rows(a, 3, 4, 16));
        assertEquals(16 + 3, Finite.first(a, 16, 48));
    }
}
