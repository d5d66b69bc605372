package dev.unroll.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.unroll.onnx.proto.OnnxProto.ModelProto;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads ONNX files with clear errors, and writes them atomically as {@code Model.save} does. */
final class OnnxFiles {
    /** ONNX files of weights bigger than protobuf's default 64 MB message limit still read. */
    private static final int SIZE_LIMIT = Integer.MAX_VALUE;

    private OnnxFiles() {}

    static ModelProto read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OnnxFormatException(file, "no such file", e);
        }
        if (bytes.length == 0) {
            throw new OnnxFormatException(file, "the file is empty, not an ONNX model");
        }
        ModelProto model;
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            in.setSizeLimit(SIZE_LIMIT);
            in.setRecursionLimit(200);
            model = ModelProto.parseFrom(in);
            in.checkLastTagWas(0);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException(file, "not a readable ONNX model (" + bytes.length
                    + " bytes; truncated or not protobuf): " + e.getMessage(), e);
        }
        if (!model.hasGraph()) {
            throw new OnnxFormatException(file, "not an ONNX model: it has no graph (" + bytes.length + " bytes)");
        }
        if (model.getIrVersion() <= 0) {
            throw new OnnxFormatException(file, "not an ONNX model: it has no IR version");
        }
        return model;
    }

    /** Writes to a temporary file in the same directory, then renames it over {@code file}. */
    static void write(ModelProto model, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                model.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
