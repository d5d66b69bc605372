package dev.unroll;

import java.io.IOException;
import java.nio.file.Path;

/** A data or model file that cannot be read as what it claims to be; the message names the file and the problem. */
public class FileFormatException extends IOException {
    private final transient Path file;

    public FileFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public FileFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
