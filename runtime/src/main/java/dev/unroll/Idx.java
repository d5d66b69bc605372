package dev.unroll;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST and Fashion-MNIST format), raw or gzipped: a magic number
 * {@code 0x0000 08 nd} (unsigned bytes, nd dimensions), nd big-endian sizes, then the values.
 * Every problem is a {@link FileFormatException} naming the file.
 */
public final class Idx {
    private static final int UNSIGNED_BYTE = 0x08;
    /** The most values one file may declare: the largest byte array a JVM reliably allocates. */
    static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private Idx() {}

    /** One IDX file: its dimensions and its unsigned bytes. */
    public record Array(Path file, int[] dimensions, byte[] values) {
        /** Number of items (the first dimension). */
        public int count() {
            return dimensions[0];
        }

        /** Values per item: the product of the other dimensions. */
        public int itemSize() {
            long size = 1;
            for (int i = 1; i < dimensions.length; i++) {
                size *= dimensions[i];
            }
            return Math.toIntExact(size);
        }
    }

    /**
     * Images and their labels as a data set of features {@code pixel × scale} (e.g. 1/255 for
     * values in [0, 1]) and integer labels.
     */
    public static DataSet read(Path images, Path labels, float scale) throws IOException {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        if (!Float.isFinite(scale) || !Float.isFinite(255 * scale)) {
            throw new IllegalArgumentException("scale must be finite (and 255 × scale too), got " + scale);
        }
        Array x = read(images);
        Array y = read(labels);
        if (y.dimensions().length != 1) {
            throw new FileFormatException(labels, "labels must have 1 dimension, the file has " + y.dimensions().length);
        }
        if (x.count() != y.count()) {
            throw new FileFormatException(labels, "holds " + y.count() + " labels but " + images.getFileName() + " holds "
                    + x.count() + " images");
        }
        float[] features = new float[x.values().length];
        for (int i = 0; i < features.length; i++) {
            features[i] = (x.values()[i] & 0xFF) * scale;
        }
        int[] classes = new int[y.count()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = y.values()[i] & 0xFF;
        }
        return DataSet.withLabels(features, x.itemSize(), classes);
    }

    /**
     * Reads one IDX file of unsigned bytes. The header is read first; then exactly the values it
     * declares are read (decompressed), never more, and anything after them is refused.
     */
    public static Array read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new FileFormatException(file, "a directory, not a file");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1F && raw.read() == 0x8B;
            raw.reset();
            if (!gzip) {
                return parse(file, raw);
            }
            try (InputStream unzipped = new GZIPInputStream(raw)) {
                return parse(file, unzipped);
            } catch (ZipException | EOFException e) {
                throw new FileFormatException(file, "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
            }
        } catch (NoSuchFileException e) {
            throw new FileFormatException(file, "no such file", e);
        }
    }

    private static Array parse(Path file, InputStream in) throws IOException {
        byte[] start = in.readNBytes(4);
        if (start.length < 4) {
            throw new FileFormatException(file, "truncated: " + start.length + " bytes, too short for an IDX header");
        }
        int magic = ByteBuffer.wrap(start).getInt();
        if ((magic >>> 16) != 0 || (magic & 0xFF) == 0 || (magic & 0xFF) > 8) {
            throw new FileFormatException(file, String.format("not an IDX file: magic number 0x%08X (expected"
                    + " 0x000008nn: two zero bytes, the type 0x08, the number of dimensions)", magic));
        }
        int type = (magic >>> 8) & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new FileFormatException(file, String.format("element type 0x%02X is not supported; Unroll reads"
                    + " unsigned-byte IDX files (type 0x08)", type));
        }
        int count = magic & 0xFF;
        byte[] header = in.readNBytes(4 * count);
        if (header.length < 4 * count) {
            throw new FileFormatException(file, "truncated: the header lists " + count + " dimensions but ends early");
        }
        int[] dimensions = dimensions(file, ByteBuffer.wrap(header), count);
        int expected = size(file, dimensions);
        byte[] values = in.readNBytes(expected);
        if (values.length < expected) {
            throw new FileFormatException(file, "truncated: the header promises " + describe(dimensions) + " = "
                    + expected + " values, the file holds " + values.length);
        }
        if (in.read() >= 0) {
            throw new FileFormatException(file, "too long: the header promises " + describe(dimensions) + " = "
                    + expected + " values, and more data follows them");
        }
        return new Array(file, dimensions, values);
    }

    private static int[] dimensions(Path file, ByteBuffer in, int count) throws FileFormatException {
        int[] dimensions = new int[count];
        for (int i = 0; i < count; i++) {
            dimensions[i] = in.getInt();
            if (dimensions[i] <= 0) {
                throw new FileFormatException(file, "dimension " + (i + 1) + " is " + dimensions[i]
                        + "; sizes must be positive");
            }
        }
        return dimensions;
    }

    /** The number of values the dimensions declare, which must fit in one Java array. */
    private static int size(Path file, int[] dimensions) throws FileFormatException {
        BigInteger product = BigInteger.ONE;
        for (int d : dimensions) {
            product = product.multiply(BigInteger.valueOf(d));
        }
        if (product.compareTo(BigInteger.valueOf(MAX_VALUES)) > 0) {
            throw new FileFormatException(file, "the header declares " + describe(dimensions) + " = " + product
                    + " values, more than Unroll reads from one file (" + MAX_VALUES + ")");
        }
        return product.intValueExact();
    }

    private static String describe(int[] dimensions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < dimensions.length; i++) {
            out.append(i == 0 ? "" : " × ").append(dimensions[i]);
        }
        return out.toString();
    }
}
