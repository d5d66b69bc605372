package dev.unroll.onnx.example;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import dev.unroll.Progress;
import dev.unroll.Training;
import dev.unroll.onnx.Onnx;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * docs/onnx.md's worked example: an MLP trained in PyTorch (make_models.py) → the interface
 * {@link PyTorchMlp} (written by {@code Onnx interface}) + its weights → the same predictions →
 * fine-tuned with {@code fit} → exported → run in ONNX Runtime.
 *
 * <pre>mvn -q -pl onnx -am test-compile exec:exec -Donnx.main=dev.unroll.onnx.example.WorkedExample</pre>
 */
public final class WorkedExample {
    /** What the example measured. */
    public record Result(double differenceFromPyTorch, Evaluation trainBefore, Evaluation before,
                         Evaluation trainAfter, Evaluation after, double differenceInOnnxRuntime) {}

    private WorkedExample() {}

    public static void main(String[] args) throws IOException, OrtException {
        Path models = Path.of(args.length > 0 ? args[0] : "onnx/src/test/resources/models");
        Path out = Files.createTempDirectory("unroll-onnx-example");
        run(models, out.resolve("finetuned.onnx"), Progress.LINES);
    }

    public static Result run(Path models, Path exported, Progress progress) throws IOException, OrtException {
        // 1. The interface was generated once: java -cp … dev.unroll.onnx.Onnx interface pytorch_mlp.onnx
        //    dev.unroll.onnx.example.PyTorchMlp > PyTorchMlp.java; the processor compiled it. Now the weights:
        PyTorchMlp net = UnrolledPyTorchMlp.create();
        Onnx.load(net, models.resolve("pytorch_mlp.onnx"));

        // 2. The same predictions as PyTorch on the test set
        DataSet train = labeled(models.resolve("pytorch_mlp.train.txt"));
        DataSet test = labeled(models.resolve("pytorch_mlp.test.txt"));
        float[] probabilities = new float[test.size() * net.outputSize()];
        net.predict(test.features(), test.size(), probabilities);
        double fromPyTorch = maxDifference(probabilities, read(models.resolve("pytorch_mlp.output.txt")));
        Evaluation trainBefore = net.evaluate(train);
        Evaluation before = net.evaluate(test);
        System.out.printf("imported from PyTorch: training loss %.4f, test accuracy %.3f; largest difference from"
                + " PyTorch's probabilities %.1e%n", trainBefore.loss(), before.accuracy(), fromPyTorch);

        // 3. Fine-tuning in Java: Adam at a small learning rate, a few epochs
        net.setLearningRate(3e-4);
        net.fit(train, Training.epochs(3).seed(1L).progress(progress));
        Evaluation trainAfter = net.evaluate(train);
        Evaluation after = net.evaluate(test);
        System.out.printf("fine-tuned with fit: training loss %.4f, test accuracy %.3f%n", trainAfter.loss(),
                after.accuracy());

        // 4. Export, and run the file in ONNX Runtime
        Onnx.export(net, exported);
        net.predict(test.features(), test.size(), probabilities);
        double inOnnxRuntime = maxDifference(onnxRuntime(exported, test.features(), test.size()), probabilities);
        System.out.printf("exported to %s: ONNX Runtime's largest difference from predict %.1e%n", exported,
                inOnnxRuntime);
        return new Result(fromPyTorch, trainBefore, before, trainAfter, after, inOnnxRuntime);
    }

    static float[] onnxRuntime(Path file, float[] x, int rows) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {rows, x.length / rows});
             OrtSession.Result result = session.run(Map.of("input", input))) {
            float[][] y = (float[][]) result.get(0).getValue();
            float[] flat = new float[rows * y[0].length];
            for (int i = 0; i < rows; i++) {
                System.arraycopy(y[i], 0, flat, i * y[0].length, y[0].length);
            }
            return flat;
        }
    }

    /** Features, then the label in the last column, as make_models.py writes them. */
    private static DataSet labeled(Path file) throws IOException {
        float[][] rows = readRows(file);
        int features = rows[0].length - 1;
        float[] x = new float[rows.length * features];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, x, i * features, features);
            labels[i] = (int) rows[i][features];
        }
        return DataSet.withLabels(x, features, labels);
    }

    private static float[] read(Path file) throws IOException {
        float[][] rows = readRows(file);
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[0].length, rows[0].length);
        }
        return flat;
    }

    private static float[][] readRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        float[][] rows = new float[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).trim().split(" ");
            rows[i - 1] = new float[cells.length];
            for (int j = 0; j < cells.length; j++) {
                rows[i - 1][j] = Float.parseFloat(cells[j]);
            }
        }
        return rows;
    }

    private static double maxDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < b.length; i++) {
            worst = Math.max(worst, Math.abs((double) a[i] - b[i]) / Math.max(Math.abs(b[i]), 1.0));
        }
        return worst;
    }
}
