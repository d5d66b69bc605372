package dev.unroll.examples.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.FileFormatException;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 for the model file: saving where the old code failed or misbehaved, and hand-edited files refused. */
class ModelFileHardeningTest {
    @TempDir
    Path dir;

    private static Networks.Normalized trained() {
        Networks.Normalized net = UnrolledNetworks_Normalized.create();
        net.fit(NonFiniteTest.labeled(64, 4, 3, 1, Float.NaN), Training.epochs(2).progress(Progress.SILENT));
        return net;
    }

    private static byte[] bytes(Model net, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "state", ".bin");
        net.save(file);
        byte[] b = Files.readAllBytes(file);
        Files.delete(file);
        return b;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    // ---- saving ----

    @Test
    void aLongValidFileNameCanBeSaved() throws IOException {
        Path file = dir.resolve("m".repeat(241) + ".model");
        assertEquals(247, file.getFileName().toString().length());
        Networks.Normalized net = trained();
        net.save(file);
        UnrolledNetworks_Normalized.create().load(file);
        assertEquals(List.of(file.getFileName().toString()), names(dir));
    }

    @Test
    void aRootOrADirectoryIsRefusedByName() throws IOException {
        Networks.Normalized net = trained();
        IOException root = assertThrows(IOException.class, () -> net.save(Path.of("/")));
        assertTrue(root.getMessage().startsWith("/: not a file name"), root.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        IOException d = assertThrows(IOException.class, () -> net.save(folder));
        assertTrue(d.getMessage().startsWith(folder + ": a directory"), d.getMessage());
        assertTrue(Files.isDirectory(folder), "an empty directory is not replaced");
        FileFormatException load = assertThrows(FileFormatException.class, () -> net.load(folder));
        assertTrue(load.getMessage().startsWith(folder + ": a directory"), load.getMessage());
    }

    @Test
    void saveErrorsNameTheTargetNotTheTemporaryFile() {
        Path file = dir.resolve("missing-directory").resolve("model.unroll");
        IOException e = assertThrows(IOException.class, () -> trained().save(file));
        assertTrue(e.getMessage().startsWith(file + ": could not save"), e.getMessage());
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.unroll"), "old");
        Path link = dir.resolve("link.unroll");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        Networks.Normalized net = trained();
        net.save(link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(bytes(net, dir), Files.readAllBytes(real), "the link's target holds the model");
        UnrolledNetworks_Normalized.create().load(link);
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewOneFollowsTheUmask() throws IOException {
        Assumptions.assumeTrue(posix());
        Path file = Files.writeString(dir.resolve("shared.unroll"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        trained().save(file);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path fresh = dir.resolve("fresh.unroll");
        trained().save(fresh);
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh),
                "a new model file gets the permissions of any new file, not rw-------");
    }

    /**
     * A save killed with kill -9 leaves its temporary behind; the next save of the same target
     * removes such leftovers (this version's and the earlier {@code .name<digits>.tmp} ones), and
     * nothing else: not another target's, not one a live save holds locked.
     */
    @Test
    void leftoversOfAKilledSaveAreRemovedByTheNextSave() throws IOException {
        Path file = dir.resolve("model.unroll");
        Networks.Normalized net = trained();
        net.save(file);
        Path other = dir.resolve("other.unroll");
        net.save(other);
        String ours = tempOf(file);
        String theirs = tempOf(other);
        String me = Long.toHexString(ProcessHandle.current().pid());
        String gone = "7ffffffe"; // no such process
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (String stale : List.of(ours + me + "-0badf00d.tmp", ours + gone + "-12345678.tmp",
                ".model.unroll123456789.tmp", theirs + gone + "-0badf00d.tmp")) {
            Files.setLastModifiedTime(Files.write(dir.resolve(stale), new byte[100]), old);
        }
        Files.createFile(dir.resolve(ours + gone + "-00000000.tmp")); // killed between its open and its first write
        Files.writeString(dir.resolve(".model.unrollnotes.tmp"), "not ours: not digits");
        Files.writeString(dir.resolve(ours + "zz-00000000.tmp"), "not ours: not hexadecimal");
        Path live = dir.resolve(ours + me + "-aaaaaaaa.tmp");
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            net.save(file);
            assertTrue(Files.exists(live), "a temporary a save holds locked stays");
        }
        assertEquals(List.of(".model.unrollnotes.tmp", ours + "zz-00000000.tmp", live.getFileName().toString(),
                theirs + gone + "-0badf00d.tmp", "model.unroll", "other.unroll").stream().sorted().toList(), names(dir));
        net.save(file);
        assertTrue(Files.exists(live), "unlocked, but empty, just created and its process alive: maybe a save that"
                + " has not locked it yet");
        Files.setLastModifiedTime(live, old);
        net.save(file);
        assertFalse(Files.exists(live), "unlocked, empty and a minute old: a leftover");
    }

    /** The prefix of a target's temporaries: {@code .unroll-<crc32 of the name>-}, then {@code <pid>-<random>.tmp}. */
    private static String tempOf(Path file) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format(".unroll-%08x-", crc.getValue());
    }

    // ---- loading hand-edited files (CRC recomputed) ----

    private void assertRefused(byte[] bytes, String problem) throws IOException {
        Path file = Files.write(dir.resolve("edited.unroll"), bytes);
        Networks.Normalized net = trained();
        byte[] before = bytes(net, dir);
        FileFormatException e = assertThrows(FileFormatException.class, () -> net.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(problem),
                "expected \"" + problem + "\" in: " + e.getMessage());
        assertArrayEquals(before, bytes(net, dir), "a refused file changed the network");
    }

    @Test
    void swappedTensorNamesAreRefused() throws IOException {
        ModelBytes m = new ModelBytes(bytes(trained(), dir));
        ModelBytes.Record gamma = m.record("norm/gamma");
        ModelBytes.Record beta = m.record("norm/beta");
        // same length names: swap "gamma" for "beta_" is not possible, so swap the two whole names in place
        byte[] b = m.bytes;
        byte[] g = "norm/gamma".getBytes();
        byte[] t = "norm/beta".getBytes();
        ByteBuffer edit = ByteBuffer.allocate(b.length);
        edit.put(b, 0, gamma.nameAt()).putShort((short) t.length).put(t);
        edit.put(b, gamma.valuesAt() - 4, beta.nameAt() - (gamma.valuesAt() - 4));
        edit.putShort((short) g.length).put(g).put(b, beta.valuesAt() - 4, b.length - (beta.valuesAt() - 4));
        assertRefused(new ModelBytes(edit.array()).withChecksum(),
                "tensor 3 is named \"norm/beta\" where this network stores \"norm/gamma\"");
    }

    @Test
    void stepCountsOutsideTheirRangeAreRefused() throws IOException {
        for (long steps : new long[] {-5, Long.MAX_VALUE, (1L << 53) + 1}) {
            ModelBytes m = new ModelBytes(bytes(trained(), dir));
            ByteBuffer.wrap(m.bytes).putLong(m.stepsAt, steps);
            assertRefused(m.withChecksum(), "the step count is " + steps);
        }
    }

    @Test
    void negativeVariancesAndSquareMeansAreRefused() throws IOException {
        for (String name : List.of("norm/moving_variance", "hidden/kernel/v", "output/bias/v")) {
            ModelBytes m = new ModelBytes(bytes(trained(), dir));
            ByteBuffer.wrap(m.bytes).putFloat(m.record(name).valuesAt() + 4, -5f);
            assertRefused(m.withChecksum(), name + " holds -5.0 at 1; it is a variance or a mean of squares");
        }
        ModelBytes m = new ModelBytes(bytes(trained(), dir));
        ByteBuffer.wrap(m.bytes).putFloat(m.record("hidden/kernel/m").valuesAt(), -5f);
        Networks.Normalized net = UnrolledNetworks_Normalized.create();
        net.load(Files.write(dir.resolve("m.unroll"), m.withChecksum())); // a first moment may be negative
    }

    @Test
    void aFileFarLargerThanAModelFileIsNotReadIntoMemory() throws IOException {
        Path huge = dir.resolve("huge.unroll");
        try (FileChannel channel = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("UNROLL\r\n".getBytes()), (1L << 31) + 10); // sparse: 2 GB, no disk used
        }
        FileFormatException e = assertThrows(FileFormatException.class, () -> trained().load(huge));
        assertTrue(e.getMessage().contains("too large to be a model file of this network"), e.getMessage());
    }
}
