package dev.unroll.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unroll.FileFormatException;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of {@code load}: seeded mutants of a real model file (bit flips, byte edits, cuts,
 * extensions, random bytes, and field edits with the CRC recomputed so that the checks behind the
 * checksum are reached) for a bounded time. Every outcome is either a {@link FileFormatException}
 * naming the file with the network unchanged (byte for byte, through {@code save}), or a load
 * after which the network saves exactly the bytes it loaded and holds only finite values. Anything
 * else fails with the input. The counts are printed.
 */
class ModelFileFuzzTest {
    private static final long SEED = 20261128;
    private static final int MUTANTS = 1000;
    private static final long MILLIS = 8000;

    @TempDir
    Path dir;

    @Test
    void everyMutantIsLoadedExactlyOrRefusedWithoutChangingTheNetwork() throws IOException {
        Networks.Normalized source = UnrolledNetworks_Normalized.create();
        source.fit(NonFiniteTest.labeled(64, 4, 3, 1, Float.NaN), Training.epochs(2).progress(Progress.SILENT));
        Path saved = dir.resolve("source.unroll");
        source.save(saved);
        byte[] original = Files.readAllBytes(saved);
        ModelBytes fields = new ModelBytes(original);

        Networks.Normalized target = UnrolledNetworks_Normalized.create();
        Path file = dir.resolve("mutant.unroll");
        Path check = dir.resolve("check.unroll");
        target.save(check);
        byte[] before = Files.readAllBytes(check);
        Random random = new Random(SEED);
        long end = System.currentTimeMillis() + MILLIS;
        int tried = 0;
        int refused = 0;
        int loaded = 0;
        int checksummed = 0;
        while (tried < MUTANTS && System.currentTimeMillis() < end) {
            boolean fixCrc = random.nextBoolean();
            byte[] mutant = fixCrc ? fieldEdit(random, fields) : mutate(random, original);
            checksummed += fixCrc ? 1 : 0;
            Files.write(file, mutant);
            tried++;
            try {
                target.load(file);
                loaded++;
                target.save(check);
                assertArrayEquals(mutant, Files.readAllBytes(check), "a loaded file is what the network now holds");
                float[] p = new float[target.parameterCount()];
                target.copyParametersTo(p);
                for (float v : p) {
                    assertTrue(Float.isFinite(v));
                }
                before = mutant;
            } catch (FileFormatException e) {
                refused++;
                assertEquals(file, e.file());
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                target.save(check);
                assertArrayEquals(before, Files.readAllBytes(check), "a refused file changed the network: " + e);
            } catch (Throwable t) {
                fail("mutant " + tried + " (" + mutant.length + " bytes, differs from the original at "
                        + Arrays.mismatch(mutant, original) + ") threw " + t, t);
            }
        }
        System.out.printf(Locale.ROOT, "model file fuzz: %d mutants (%d with the CRC recomputed), %d refused,"
                + " %d loaded%n", tried, checksummed, refused, loaded);
        assertTrue(tried >= 300, tried + " mutants");
    }

    private static byte[] mutate(Random random, byte[] bytes) {
        byte[] out = bytes.clone();
        switch (random.nextInt(5)) {
            case 0 -> out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> out = Arrays.copyOf(out, out.length + 1 + random.nextInt(64));
            case 3 -> {
                out = new byte[random.nextInt(2 * bytes.length)];
                random.nextBytes(out);
                if (random.nextBoolean() && out.length >= 8) {
                    System.arraycopy(bytes, 0, out, 0, 8);
                }
            }
            default -> out[random.nextInt(out.length)] = (byte) random.nextInt();
        }
        return out;
    }

    /** One field changed to an edge value, then the CRC recomputed: what a hand edit does. */
    private static byte[] fieldEdit(Random random, ModelBytes fields) {
        ModelBytes m = new ModelBytes(fields.bytes.clone());
        ByteBuffer b = ByteBuffer.wrap(m.bytes);
        switch (random.nextInt(6)) {
            case 0 -> b.putLong(m.stepsAt, pick(random, new long[] {-1, 0, 1, 1L << 53, (1L << 53) + 1,
                Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()}));
            case 1 -> b.putDouble(m.learningRateAt, pick(random, new double[] {0, -1, 1e-300, 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.5}));
            case 2 -> {
                ModelBytes.Record r = m.records.get(random.nextInt(m.records.size()));
                int at = r.valuesAt() + 4 * random.nextInt(r.count());
                b.putFloat(at, pick(random, new float[] {Float.NaN, Float.POSITIVE_INFINITY, -5f, -0f, 0f,
                    Float.MAX_VALUE, -Float.MIN_VALUE, 1e30f}));
            }
            case 3 -> {
                ModelBytes.Record r = m.records.get(random.nextInt(m.records.size()));
                m.bytes[r.nameAt() + 2 + random.nextInt(r.name().length())] = (byte) (' ' + random.nextInt(95));
            }
            case 4 -> {
                ModelBytes.Record r = m.records.get(random.nextInt(m.records.size()));
                b.putInt(r.valuesAt() - 4, pick(random, new int[] {-1, 0, r.count() - 1, r.count() + 1,
                    Integer.MAX_VALUE}));
            }
            default -> m.bytes[8 + random.nextInt(m.stepsAt - 8)] ^= (byte) (1 << random.nextInt(8));
        }
        return m.withChecksum();
    }

    private static long pick(Random random, long[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double pick(Random random, double[] values) {
        return values[random.nextInt(values.length)];
    }

    private static float pick(Random random, float[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int pick(Random random, int[] values) {
        return values[random.nextInt(values.length)];
    }
}
