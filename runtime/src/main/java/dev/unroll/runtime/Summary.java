package dev.unroll.runtime;

import dev.unroll.Layer;
import java.util.List;
import java.util.Locale;

/** Formats the Keras-like summary table of a network. */
final class Summary {
    private Summary() {}

    static String of(String title, int inputSize, List<Layer> layers) {
        String[][] rows = new String[layers.size() + 1][];
        rows[0] = new String[] {"Layer", "Kind", "Output", "Params"};
        long trainable = 0;
        long nonTrainable = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerView layer = (LayerView) layers.get(i);
            boolean frozen = !layer.isTrainable() && layer.parameterCount() > 0;
            trainable += frozen ? 0 : layer.parameterCount();
            nonTrainable += layer.nonTrainableCount() + (frozen ? layer.parameterCount() : 0);
            String params = count(layer.parameterCount()) + (frozen ? " frozen" : "")
                    + (layer.nonTrainableCount() > 0 ? " + " + count(layer.nonTrainableCount()) + " fixed" : "");
            rows[i + 1] = new String[] {layer.name(), layer.description(), String.valueOf(layer.outputSize()), params};
        }
        int[] width = columnWidths(rows);
        String rule = "-".repeat(width[0] + width[1] + width[2] + width[3] + 6);
        StringBuilder out = new StringBuilder();
        out.append(title).append(" (").append(inputSize).append(" inputs)\n").append(rule).append('\n');
        appendRow(out, rows[0], width);
        out.append(rule.replace('-', '=')).append('\n');
        for (int i = 1; i < rows.length; i++) {
            appendRow(out, rows[i], width);
        }
        out.append(rule).append('\n');
        out.append("Total params: ").append(count(trainable + nonTrainable)).append('\n');
        out.append("Trainable params: ").append(count(trainable)).append('\n');
        out.append("Non-trainable params: ").append(count(nonTrainable)).append('\n');
        return out.toString();
    }

    private static int[] columnWidths(String[][] rows) {
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < 4; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        return width;
    }

    private static void appendRow(StringBuilder out, String[] row, int[] width) {
        out.append(String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %"
                + width[3] + "s", (Object[]) row).stripTrailing()).append('\n');
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
