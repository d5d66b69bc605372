package dev.unroll.runtime;

import dev.unroll.FileFormatException;
import dev.unroll.Layer;
import dev.unroll.Preprocessing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Format 3 of the model file (docs/model-file.md), big-endian: the magic {@code UNROLL\r\n}, the
 * version, the architecture description and its SHA-256, the step count, learning rate and seed,
 * then every parameter, moving statistic and optimizer slot as (name, length, floats), one
 * trainable flag per layer, the flags (inference-only) and the preprocessing section, and a CRC32
 * of all that. Version 2 files (no trainable flags) and version 1 files (no flags and no
 * preprocessing either) are still read, and leave the trainable flags as they are. Saving goes through {@link
 * SafeWrite}; loading checks everything (structure, checksum, architecture, names, ranges) before
 * it changes anything.
 */
final class ModelFile {
    static final byte[] MAGIC = {'U', 'N', 'R', 'O', 'L', 'L', '\r', '\n'};
    static final int VERSION = 3;
    /** Flag bit: the file holds parameters and moving statistics only (no optimizer state). */
    static final int INFERENCE_ONLY = 1;
    /** The most steps a file may record: 2^53, beyond which a step count is no longer exact in double. */
    static final long MAX_STEPS = 1L << 53;

    private ModelFile() {}

    static void save(GeneratedNetwork net, Path file) throws IOException {
        save(net, file, false);
    }

    static void save(GeneratedNetwork net, Path file, boolean inferenceOnly) throws IOException {
        Objects.requireNonNull(file, "file");
        Path target = SafeWrite.target(file);
        byte[] bytes = encode(net, inferenceOnly);
        SafeWrite.write(file, target, bytes);
    }

    static byte[] encode(GeneratedNetwork net) throws IOException {
        return encode(net, false);
    }

    static byte[] encode(GeneratedNetwork net, boolean inferenceOnly) throws IOException {
        String description = Architecture.describe(net);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(VERSION);
        byte[] text = description.getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.write(Architecture.fingerprint(description));
        out.writeLong(net.steps());
        out.writeDouble(net.learningRate());
        out.writeLong(net.seed());
        Tensor[] tensors = saved(net, inferenceOnly);
        out.writeInt(tensors.length);
        for (Tensor t : tensors) {
            out.writeUTF(t.name());
            float[] values = t.values();
            out.writeInt(values.length);
            for (float v : values) {
                out.writeFloat(v);
            }
        }
        writeTrainable(out, net);
        out.writeInt(inferenceOnly ? INFERENCE_ONLY : 0);
        byte[] preprocessing = net.preprocessing() == null ? new byte[0] : net.preprocessing().toBytes();
        out.writeInt(preprocessing.length);
        out.write(preprocessing);
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /** One byte per layer, in layer order: 1 trainable, 0 frozen by {@code setTrainable(false)}. */
    private static void writeTrainable(DataOutputStream out, GeneratedNetwork net) throws IOException {
        out.writeInt(net.layers().size());
        for (Layer layer : net.layers()) {
            out.writeByte(((LayerView) layer).isTrainable() ? 1 : 0);
        }
    }

    static void load(GeneratedNetwork net, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = read(file, expectedSize(net));
        Decoded decoded = decode(file, bytes, net);
        Tensor[] tensors = saved(net, decoded.inferenceOnly);
        for (int i = 0; i < tensors.length; i++) {
            tensors[i].setValues(decoded.values[i], 0);
        }
        net.restoreCounters(decoded.steps, decoded.learningRate, decoded.seed);
        net.restorePreprocessing(decoded.preprocessing);
        net.restoreInferenceOnly(decoded.inferenceOnly ? file : null);
        restoreTrainable(net, decoded.trainable);
    }

    /**
     * The flags as saved. A file from before version 3 says nothing about them, and then they stay
     * as they are: loading an old checkpoint into a network with frozen layers must not unfreeze them.
     */
    private static void restoreTrainable(GeneratedNetwork net, boolean[] trainable) {
        if (trainable == null) {
            return;
        }
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            ((LayerView) layers.get(i)).changeTrainable(trainable[i]);
        }
    }

    /** The whole file, unless it is a directory or far larger than a model file of this network. */
    private static byte[] read(Path file, long expected) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileFormatException(file, "a directory, not a model file");
        }
        try {
            long size = Files.size(file);
            long limit = 2 * expected + (1 << 20);
            if (size > limit) {
                throw new FileFormatException(file, "too large to be a model file of this network: " + size
                        + " bytes, where this network's file has " + expected);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FileFormatException(file, "no such file", e);
        }
    }

    /** The size of this network's file, whatever its values: every field has a fixed length. */
    static long expectedSize(GeneratedNetwork net) {
        long size = MAGIC.length + 4 + 4 + Architecture.describe(net).getBytes(StandardCharsets.UTF_8).length + 32
                + 8 + 8 + 8 + 4 + 4 + 4 + 4 + 4 + net.layers().size()
                + (net.preprocessing() == null ? 0 : net.preprocessing().toBytes().length);
        for (Tensor t : all(net)) {
            size += 2 + t.name().getBytes(StandardCharsets.UTF_8).length + 4 + 4L * t.size();
        }
        return size;
    }

    /** What a checked file holds; {@code trainable} is null for a file from before version 3. */
    private record Decoded(long steps, double learningRate, long seed, float[][] values, boolean[] trainable,
                           boolean inferenceOnly, Preprocessing preprocessing) {}

    /** Parses and checks the whole file; throws before anything of the network changes. */
    private static Decoded decode(Path file, byte[] bytes, GeneratedNetwork net) throws FileFormatException {
        int prefix = Math.min(bytes.length, MAGIC.length);
        if (!Arrays.equals(Arrays.copyOf(bytes, prefix), Arrays.copyOf(MAGIC, prefix))) {
            throw new FileFormatException(file, "not an Unroll model file (it does not start with UNROLL)");
        }
        if (bytes.length < MAGIC.length + 4) {
            throw new FileFormatException(file, "truncated: " + bytes.length + " bytes, too short for a model file");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length));
        String at = "the header";
        try {
            int version = in.readInt();
            if (version < 1 || version > VERSION) {
                throw new FileFormatException(file, "format version " + version + "; this Unroll reads versions 1"
                        + " to " + VERSION);
            }
            String description = new String(in.readNBytes(checkedLength(file, "the architecture description",
                    in.readInt(), in.available())), StandardCharsets.UTF_8);
            byte[] fingerprint = in.readNBytes(32);
            long steps = in.readLong();
            double learningRate = in.readDouble();
            long seed = in.readLong();
            Tensor[] tensors = all(net);
            int count = checkedLength(file, "the tensor count", in.readInt(), in.available() / 6);
            float[][] values = new float[count][];
            String[] names = new String[count];
            for (int i = 0; i < count; i++) {
                at = "tensor " + (i + 1) + " of " + count;
                String name = in.readUTF();
                names[i] = name;
                at = name;
                values[i] = new float[checkedLength(file, name, in.readInt(), in.available() / 4)];
                for (int j = 0; j < values[i].length; j++) {
                    values[i][j] = in.readFloat();
                }
            }
            at = "the trainable flags";
            int[] trainable = version >= 3 ? readTrainable(file, in) : null;
            int flags = 0;
            byte[] preprocessing = new byte[0];
            if (version >= 2) {
                at = "the flags";
                flags = in.readInt();
                at = "the preprocessing section";
                preprocessing = in.readNBytes(checkedLength(file, "the preprocessing section's length", in.readInt(),
                        in.available()));
            }
            at = "its checksum";
            int stored = in.readInt();
            checkIntegrity(file, bytes, stored, in.available());
            if ((flags & ~INFERENCE_ONLY) != 0) {
                throw new FileFormatException(file, "unknown flags " + Integer.toHexString(flags) + " (this Unroll"
                        + " knows only 1, inference-only)");
            }
            boolean inferenceOnly = (flags & INFERENCE_ONLY) != 0;
            tensors = saved(net, inferenceOnly);
            checkArchitecture(file, net, description, fingerprint, count, tensors.length);
            checkNames(file, tensors, names);
            checkValues(file, tensors, values, learningRate);
            checkSteps(file, steps);
            return new Decoded(steps, learningRate, seed, values, trainable(file, net, trainable), inferenceOnly,
                    preprocessing(file, net, preprocessing));
        } catch (EOFException e) {
            throw new FileFormatException(file, "truncated: it ends inside " + at + " (" + bytes.length + " bytes)", e);
        } catch (IOException e) {
            if (e instanceof FileFormatException f) {
                throw f;
            }
            throw new FileFormatException(file, "unreadable: " + e.getMessage(), e);
        }
    }

    /** The layer count and one byte per layer, as read: {@link #trainable} checks them once the checksum has. */
    private static int[] readTrainable(Path file, DataInputStream in) throws IOException {
        int[] flags = new int[checkedLength(file, "the trainable flag count", in.readInt(), in.available())];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = in.readUnsignedByte();
        }
        return flags;
    }

    /** A length read from the file, which must fit in what is left of it. */
    private static int checkedLength(Path file, String what, int length, int room) throws FileFormatException {
        if (length < 0 || length > room) {
            throw new FileFormatException(file, "truncated or corrupted: " + what + " says " + length
                    + " but the rest of the file holds at most " + room);
        }
        return length;
    }

    private static void checkIntegrity(Path file, byte[] bytes, int stored, int trailing) throws FileFormatException {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4 - trailing);
        if ((int) crc.getValue() != stored || trailing != 0) {
            throw new FileFormatException(file, trailing != 0 ? "corrupted: " + trailing + " bytes after the checksum"
                    : "corrupted: the CRC32 checksum does not match the contents");
        }
    }

    /** The preprocessing section, checked in itself and against this network; null when empty. */
    private static Preprocessing preprocessing(Path file, GeneratedNetwork net, byte[] section)
            throws FileFormatException {
        if (section.length == 0) {
            return null;
        }
        try {
            Preprocessing p = Preprocessing.fromBytes(section);
            net.checkPreprocessing(p);
            return p;
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(file, "corrupted preprocessing section: " + e.getMessage(), e);
        }
    }

    /**
     * The trainable flags read from the file, checked against this network: one per layer, each 0
     * or 1, and 0 only for a layer that has parameters to freeze. Null (every layer trains) for a
     * file from before version 3.
     */
    private static boolean[] trainable(Path file, GeneratedNetwork net, int[] flags) throws FileFormatException {
        if (flags == null) {
            return null;
        }
        List<Layer> layers = net.layers();
        if (flags.length != layers.size()) {
            throw new FileFormatException(file, "corrupted: it holds " + flags.length + " trainable flags; this"
                    + " network has " + layers.size() + " layers (one flag per layer)");
        }
        boolean[] trainable = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            String name = layers.get(i).name();
            if (flags[i] != 0 && flags[i] != 1) {
                throw new FileFormatException(file, "corrupted: the trainable flag of layer '" + name + "' is "
                        + flags[i] + " (1 trainable, 0 frozen)");
            }
            if (flags[i] == 0 && ((LayerView) layers.get(i)).tensors().isEmpty()) {
                throw new FileFormatException(file, "corrupted: layer '" + name + "' is marked frozen but has no"
                        + " parameters to freeze");
            }
            trainable[i] = flags[i] == 1;
        }
        return trainable;
    }

    private static void checkArchitecture(Path file, GeneratedNetwork net, String saved, byte[] fingerprint,
                                          int count, int expected) throws FileFormatException {
        String current = Architecture.describe(net);
        if (!Arrays.equals(fingerprint, Architecture.fingerprint(current)) || count != expected
                || !current.equals(saved)) {
            throw new FileFormatException(file, "saved from a different architecture: "
                    + Architecture.firstDifference(saved, current));
        }
    }

    /** The records must carry this network's tensor names in its order: a swapped gamma and beta would load swapped. */
    private static void checkNames(Path file, Tensor[] tensors, String[] names) throws FileFormatException {
        for (int i = 0; i < tensors.length; i++) {
            if (!tensors[i].name().equals(names[i])) {
                throw new FileFormatException(file, "tensor " + (i + 1) + " is named \"" + names[i] + "\" where this"
                        + " network stores \"" + tensors[i].name() + "\"");
            }
        }
    }

    private static void checkSteps(Path file, long steps) throws FileFormatException {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new FileFormatException(file, "the step count is " + steps + "; it must be between 0 and "
                    + MAX_STEPS);
        }
    }

    /** Whether a tensor holds a quantity that the math needs non-negative (a variance, a mean of squares). */
    static boolean nonNegative(String name) {
        return name.endsWith("/moving_variance") || name.endsWith("/v") || name.endsWith("/v_hat")
                || name.endsWith("/accumulator") || name.endsWith("/mean_square");
    }

    private static void checkValues(Path file, Tensor[] tensors, float[][] values, double learningRate)
            throws FileFormatException {
        for (int i = 0; i < tensors.length; i++) {
            if (values[i].length != tensors[i].size()) {
                throw new FileFormatException(file, tensors[i].name() + " holds " + values[i].length
                        + " values; this network's holds " + tensors[i].size());
            }
            boolean nonNegative = nonNegative(tensors[i].name());
            for (int j = 0; j < values[i].length; j++) {
                float v = values[i][j];
                if (!Float.isFinite(v)) {
                    throw new FileFormatException(file, tensors[i].name() + " holds " + v + "; a saved network"
                            + " must be finite");
                }
                if (nonNegative && v < 0) {
                    throw new FileFormatException(file, tensors[i].name() + " holds " + v + " at " + j + "; it is a"
                            + " variance or a mean of squares and cannot be negative");
                }
            }
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new FileFormatException(file, "the learning rate is " + learningRate);
        }
    }

    /** The tensors a file holds: all of them, or for an inference-only file parameters and moving statistics. */
    private static Tensor[] saved(GeneratedNetwork net, boolean inferenceOnly) {
        Tensor[] all = all(net);
        return inferenceOnly ? Arrays.copyOf(all, net.parameterTensors().length + net.statisticTensors().length) : all;
    }

    /** Every saved tensor: parameters, moving statistics, optimizer slots. */
    private static Tensor[] all(GeneratedNetwork net) {
        Tensor[] p = net.parameterTensors();
        Tensor[] s = net.statisticTensors();
        Tensor[] o = net.slotTensors();
        Tensor[] all = Arrays.copyOf(p, p.length + s.length + o.length);
        System.arraycopy(s, 0, all, p.length, s.length);
        System.arraycopy(o, 0, all, p.length + s.length, o.length);
        return all;
    }
}
