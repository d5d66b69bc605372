package dev.unroll;

/** How {@code fit} reports its progress. */
public enum Progress {
    /** A bar on a terminal, one line per epoch otherwise (as in CI logs). */
    AUTO,
    /** A bar with ETA, loss and accuracy, redrawn in place at most ten times a second. */
    BAR,
    /** One line per epoch. */
    LINES,
    /** Nothing. */
    SILENT
}
