package dev.unroll.onnx;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a readable ONNX model (missing, truncated, not protobuf), or a graph or
 * network that Unroll cannot convert. The message names the file and what is wrong.
 */
public class OnnxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public OnnxFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public OnnxFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
