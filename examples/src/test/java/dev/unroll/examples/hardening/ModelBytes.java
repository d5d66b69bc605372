package dev.unroll.examples.hardening;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** The fields of a model file (docs/model-file.md) as offsets, for tests that edit one and fix the CRC. */
final class ModelBytes {
    /** One tensor record: where its name and values start. */
    record Record(String name, int nameAt, int valuesAt, int count) {}

    final byte[] bytes;
    final int stepsAt;
    final int learningRateAt;
    final List<Record> records = new ArrayList<>();

    ModelBytes(byte[] bytes) {
        this.bytes = bytes;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(8 + 4);
        int description = in.getInt();
        in.position(in.position() + description + 32);
        stepsAt = in.position();
        learningRateAt = stepsAt + 8;
        in.position(stepsAt + 8 + 8 + 8);
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            int nameAt = in.position();
            int length = in.getShort() & 0xFFFF;
            String name = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            int values = in.getInt();
            records.add(new Record(name, nameAt, in.position(), values));
            in.position(in.position() + 4 * values);
        }
    }

    Record record(String name) {
        return records.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The bytes with the trailing CRC32 recomputed, so only the intended change is wrong. */
    byte[] withChecksum() {
        byte[] out = bytes.clone();
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 4);
        ByteBuffer.wrap(out).putInt(out.length - 4, (int) crc.getValue());
        return out;
    }
}
