package dev.unroll.examples.experiments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What every comparison shows: validation accuracy and training loss per epoch, and a table of results. */
final class Curves {
    private Curves() {}

    /** Writes {@code <file>-accuracy.png} and {@code <file>-loss.png} for {@code trials}. */
    static void chart(Output out, String file, String subject, List<Trial> trials) throws IOException {
        Charts.Series accuracy = new Charts.Series(), loss = new Charts.Series();
        for (Trial t : trials) {
            accuracy.add(t.label(), t.validationAccuracy());
            loss.add(t.label(), t.loss());
        }
        out.chart(Charts.lines(subject + ": validation accuracy", "epoch", "validation accuracy", accuracy, false),
                file + "-accuracy", subject + ": validation accuracy per epoch");
        out.chart(Charts.lines(subject + ": training loss", "epoch", "mean training loss", loss, false),
                file + "-loss", subject + ": training loss per epoch");
    }

    /** A row per trial: validation accuracy after the first and last epochs, test accuracy, seconds per epoch. */
    static void table(Output out, String what, List<Trial> trials) {
        table(out, what, trials, List.of(), trials.stream().map(t -> List.<String>of()).toList());
    }

    /** The same with columns of the caller's after the standard ones: {@code extra.get(i)} for trial i. */
    static void table(Output out, String what, List<Trial> trials, List<String> extraHeader, List<List<String>> extra) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            double[] accuracy = t.validationAccuracy();
            List<String> row = new ArrayList<>(List.of(t.label(), Output.number("%.4f", accuracy[0]),
                    Output.number("%.4f", accuracy[accuracy.length - 1]), Output.number("%.4f", t.test().accuracy()),
                    Output.number("%.1f", t.secondsPerEpoch())));
            row.addAll(extra.get(i));
            rows.add(row);
        }
        int epochs = trials.get(0).validationAccuracy().length;
        List<String> header = new ArrayList<>(List.of(what, "validation accuracy, epoch 1", "epoch " + epochs,
                "test accuracy", "seconds per epoch"));
        header.addAll(extraHeader);
        out.table(header, rows);
    }
}
