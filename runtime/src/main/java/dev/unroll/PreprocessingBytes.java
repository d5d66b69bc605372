package dev.unroll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The binary form of a {@link Preprocessing}: the model file's preprocessing section, big-endian. */
final class PreprocessingBytes {
    static final int VERSION = 1;
    /** More names than any network has inputs or outputs: a corrupt count is refused before it allocates. */
    private static final int MAX_NAMES = 1 << 20;

    private PreprocessingBytes() {}

    static byte[] encode(Preprocessing p) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(VERSION);
            out.writeByte(p.kind().ordinal());
            out.writeByte(p.scaling());
            writeNames(out, p.columns());
            writeNames(out, p.outputColumns());
            writeNames(out, p.classes());
            if (p.scaler() != null) {
                for (double v : p.scaler().exactOffset()) {
                    out.writeDouble(v);
                }
                for (double v : p.scaler().exactScale()) {
                    out.writeDouble(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    private static void writeNames(DataOutputStream out, List<String> names) throws IOException {
        out.writeInt(names.size());
        for (String name : names) {
            out.writeUTF(name);
        }
    }

    static Preprocessing decode(byte[] bytes) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("preprocessing version " + version + "; this Unroll reads " + VERSION);
            }
            int kindCode = in.readByte();
            int scaling = in.readByte();
            if (kindCode < 0 || kindCode >= Preprocessing.Kind.values().length || scaling < 0 || scaling > 3) {
                throw new IllegalArgumentException("unknown kind " + kindCode + " or scaling " + scaling);
            }
            Preprocessing.Kind kind = Preprocessing.Kind.values()[kindCode];
            List<String> columns = readNames(in, "columns", bytes.length);
            List<String> outputs = readNames(in, "label or target columns", bytes.length);
            List<String> classes = readNames(in, "classes", bytes.length);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("no feature columns");
            }
            if ((kind == Preprocessing.Kind.NONE) != outputs.isEmpty()
                    || (kind == Preprocessing.Kind.LABELS && outputs.size() != 1)
                    || (kind != Preprocessing.Kind.LABELS && !classes.isEmpty())) {
                throw new IllegalArgumentException("kind " + kind + " does not fit " + outputs.size()
                        + " output columns and " + classes.size() + " classes");
            }
            FeatureScaler scaler = null;
            if (scaling != 0) {
                if (in.available() < 16L * columns.size()) {
                    throw new EOFException();
                }
                double[] offset = new double[columns.size()];
                double[] scale = new double[columns.size()];
                for (int i = 0; i < offset.length; i++) {
                    offset[i] = in.readDouble();
                }
                for (int i = 0; i < scale.length; i++) {
                    scale[i] = in.readDouble();
                }
                for (int i = 0; i < offset.length; i++) {
                    if (!Double.isFinite(offset[i]) || !Double.isFinite(scale[i]) || !(scale[i] > 0)) {
                        throw new IllegalArgumentException("column \"" + columns.get(i) + "\" has offset " + offset[i]
                                + " and scale " + scale[i] + "; offsets must be finite and scales positive and finite");
                    }
                }
                scaler = new FeatureScaler(offset, scale);
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException(in.available() + " bytes after its end");
            }
            return new Preprocessing(columns, kind, outputs, classes, scaler, scaling);
        } catch (EOFException e) {
            throw new IllegalArgumentException("truncated (" + bytes.length + " bytes)");
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable: " + e.getMessage());
        }
    }

    private static List<String> readNames(DataInputStream in, String what, int limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_NAMES || count > in.available() / 2) {
            throw new IllegalArgumentException(what + ": a count of " + count + " does not fit in " + limit + " bytes");
        }
        List<String> names = new ArrayList<>(count);
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            if (name.isEmpty() || !seen.add(name)) {
                throw new IllegalArgumentException(what + ": " + (name.isEmpty() ? "an empty name" : "\"" + name
                        + "\" twice"));
            }
            names.add(name);
        }
        return names;
    }
}
