package dev.unroll.examples.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.Preprocessing;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate's metrics on generated networks: the class names of the preprocessing, and regression errors. */
class EvaluateMetricsTest {
    @TempDir
    Path dir;

    @Test
    void aClassifierReportsItsConfusionMatrixWithClassNames() throws IOException {
        Path csv = Tables.weather(dir, 300, 1);
        Preprocessing prep = Preprocessing.labels("weather").skip("id").standardize().fit(csv);
        Networks.Classifier net = UnrolledNetworks_Classifier.create();
        net.setPreprocessing(prep);
        net.fit(prep.read(csv), Training.epochs(5).progress(Progress.SILENT));
        Evaluation e = net.evaluate(prep.read(Tables.weather(dir, 200, 2)));
        assertEquals(List.of("fog", "rain", "sun"), e.classNames());
        long right = 0;
        for (int c = 0; c < 3; c++) {
            right += e.confusionMatrix()[c][c];
        }
        assertEquals(e.accuracy(), (double) right / e.count(), 1e-12);
        assertEquals(e.accuracy(), e.topKAccuracy(1), 1e-12);
        assertEquals(e.accuracy(), e.weightedRecall(), 1e-12);
        assertTrue(e.toString().contains("fog"), e.toString());
    }

    @Test
    void aRegressorReportsMaeRmseAndR2() {
        int rows = 256;
        float[] x = new float[rows];
        float[] t = new float[rows];
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < rows; i++) {
            x[i] = (float) random.nextGaussian();
            t[i] = 3 * x[i] + 1;
        }
        DataSet data = DataSet.withTargets(x, 1, t, 1);
        Networks.Regressor net = UnrolledNetworks_Regressor.create();
        net.fit(data, Training.epochs(40).progress(Progress.SILENT));
        Evaluation e = net.evaluate(data);
        assertEquals(Math.sqrt(e.loss()), e.rootMeanSquaredError(), 1e-4);
        assertTrue(e.r2() > 0.95, e.toString());
        assertTrue(e.meanAbsoluteError() <= e.rootMeanSquaredError(), e.toString());
        assertTrue(Double.isNaN(e.accuracy()));
        assertEquals(0, e.classCount());
    }
}
