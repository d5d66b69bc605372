package dev.unroll.processor.validate;

/** The value ranges the checks share; NaN fails every one of them. */
final class Ranges {
    private Ranges() {}

    static boolean positive(double x) {
        return x > 0 && Double.isFinite(x);
    }

    /** [0, 1): a decay, momentum or β. */
    static boolean decay(double x) {
        return x >= 0 && x < 1;
    }

    /** 0 (off) or positive and finite: a clipping bound. */
    static boolean clip(double x) {
        return x == 0 || positive(x);
    }

    /** A value as the user wrote it: 0.9, 1.0E-7, NaN. */
    static String show(double x) {
        return Double.toString(x);
    }

    /** A computed value rounded to 4 significant digits: 2, 0.3333. */
    static String brief(double x) {
        if (!Double.isFinite(x)) {
            return show(x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
