package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Progress;
import dev.unroll.onnx.example.WorkedExample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/onnx.md's worked example runs, and the committed interface is what the importer writes. */
class WorkedExampleTest {
    @TempDir Path dir;

    @Test
    void pyTorchToUnrollToOnnxRuntime() throws Exception {
        WorkedExample.Result result = WorkedExample.run(Models.DIR, dir.resolve("finetuned.onnx"), Progress.SILENT);
        assertTrue(result.differenceFromPyTorch() <= 1e-5, result.toString());
        assertEquals(0.85, result.before().accuracy(), 1e-9, "PyTorch's own test accuracy");
        assertTrue(result.trainAfter().loss() < result.trainBefore().loss(), result.toString());
        assertTrue(result.after().accuracy() >= 0.8, result.toString());
        assertTrue(result.differenceInOnnxRuntime() <= 1e-5, result.toString());
    }

    @Test
    void theCommittedInterfaceIsWhatTheImporterWrites() throws Exception {
        String committed = Files.readString(Path.of("src/test/java/dev/unroll/onnx/example/PyTorchMlp.java"));
        assertEquals(Onnx.interfaceSource(Models.onnx("pytorch_mlp"), "dev.unroll.onnx.example.PyTorchMlp"), committed);
    }
}
