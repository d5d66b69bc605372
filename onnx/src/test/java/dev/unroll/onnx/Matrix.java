package dev.unroll.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A row-major float matrix as make_models.py writes it: a line "rows cols", then one row per line. */
record Matrix(int rows, int cols, float[] values) {
    static Matrix read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).trim().split(" ");
        int rows = Integer.parseInt(head[0]);
        int cols = Integer.parseInt(head[1]);
        float[] values = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            String[] cells = lines.get(i + 1).trim().split(" ");
            for (int j = 0; j < cols; j++) {
                values[i * cols + j] = Float.parseFloat(cells[j]);
            }
        }
        return new Matrix(rows, cols, values);
    }

    /** The largest {@code |a - b| / max(|b|, 1)} over the first {@code n} values: relative, absolute near zero. */
    static double maxDifference(float[] a, float[] b, int n) {
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs((double) a[i] - b[i]) / Math.max(Math.abs(b[i]), 1.0));
        }
        return worst;
    }
}
