package dev.unroll.examples.experiments;

import java.io.IOException;

/** One of the experiments of docs/experiments.md: it trains its networks on {@code data} and publishes to {@code out}. */
interface Experiment {
    /** The name on the command line and of the page's section. */
    String name();

    /** The data it trains on, from the data everyone shares. */
    default Setup data(Setup raw) {
        return raw;
    }

    void run(Setup data, Output out) throws IOException;
}
