package dev.unroll.runtime;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Whether arrays hold only finite floats, at memory speed: {@code x - x} is 0 for a finite x and
 * NaN for NaN or ±∞, so one sum of such differences is NaN exactly when a value is not finite.
 * Used on every step of {@code fit} (parameters, statistics, optimizer state) and on the inputs of
 * {@code trainBatch}; allocates nothing once compiled. {@link #scalar} is the reference twin.
 */
final class Finite {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private Finite() {}

    /** Whether {@code a[from]} to {@code a[to - 1]} are all finite. */
    static boolean all(float[] a, int from, int to) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, a, i);
            acc = acc.add(v.sub(v));
        }
        float tail = 0;
        for (; i < to; i++) {
            tail += a[i] - a[i];
        }
        return !Float.isNaN(acc.reduceLanes(VectorOperators.ADD) + tail);
    }

    /** Whether {@code rows} rows of {@code cols} values at row distance {@code stride} are all finite. */
    static boolean rows(float[] a, int rows, int cols, int stride) {
        if (cols == stride) {
            return all(a, 0, rows * cols);
        }
        for (int r = 0; r < rows; r++) {
            if (!all(a, r * stride, r * stride + cols)) {
                return false;
            }
        }
        return true;
    }

    /** The twin of {@link #all}, one value at a time. */
    static boolean scalar(float[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(a[i])) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first non-finite value in {@code a[from, to)}, or -1: for the message, after {@link #all} said no. */
    static int first(float[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(a[i])) {
                return i;
            }
        }
        return -1;
    }
}
