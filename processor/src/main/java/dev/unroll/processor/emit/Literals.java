package dev.unroll.processor.emit;

/** Java source literals for hyper-parameters. */
final class Literals {
    private Literals() {}

    /** A float literal such as {@code 0.001f} or {@code 1.0E-7f}. */
    static String f(double value) {
        return Float.toString((float) value) + "f";
    }

    /** A double literal such as {@code 0.9} or {@code 1.0E-7}. */
    static String d(double value) {
        return Double.toString(value);
    }
}
