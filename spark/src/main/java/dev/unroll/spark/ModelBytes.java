package dev.unroll.spark;

import dev.unroll.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A network's whole state as the bytes of its model file ({@code docs/model-file.md}): what the
 * driver broadcasts for prediction. Loading checks the architecture, so a factory that makes a
 * different network fails with the model file's message.
 */
final class ModelBytes {
    private ModelBytes() {}

    static byte[] of(Model net) {
        try {
            Path file = Files.createTempFile("unroll-spark", ".unroll");
            try {
                net.save(file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot snapshot " + net + ": " + e.getMessage(), e);
        }
    }

    /** A fresh network from {@code factory} with the state of {@code bytes}. */
    static Model load(NetworkFactory factory, byte[] bytes) {
        Model net = factory.create();
        try {
            Path file = Files.createTempFile("unroll-spark", ".unroll");
            try {
                Files.write(file, bytes);
                net.load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the network made by " + factory + " cannot take the shipped state: "
                    + e.getMessage(), e);
        }
        return net;
    }
}
