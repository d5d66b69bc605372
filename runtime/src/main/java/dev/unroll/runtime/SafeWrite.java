package dev.unroll.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * Replaces a file atomically: the bytes go to a temporary file in the target's directory, which is
 * locked while written, forced to disk and renamed over the target. Symbolic links are followed (the
 * link's target is replaced, the link stays), an existing file's POSIX permissions are kept, and
 * temporaries that a killed save left for the same target are removed first. A temporary is named
 * {@code .unroll-<crc32 of the target's name>-<pid>-<random>.tmp} (hexadecimal): short, so a target
 * name of the full 255 bytes still leaves room, recognisable as belonging to that target, and
 * telling which process wrote it.
 */
final class SafeWrite {
    private static final String PREFIX = ".unroll-";
    private static final String SUFFIX = ".tmp";
    private static final int MAX_LINKS = 40;
    /**
     * An unlocked, empty temporary younger than this may be one another save has created and not yet
     * locked (the microseconds between its open and its lock).
     */
    private static final long FRESH_MILLIS = 10_000;

    private SafeWrite() {}

    /** The file that {@code file} names once symbolic links are followed; refuses a root or a directory. */
    static Path target(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException(file + ": more than " + MAX_LINKS + " symbolic links to follow");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target));
        }
        if (target.getFileName() == null || target.getParent() == null) {
            throw new IOException(file + ": not a file name (a root directory); save needs a file path");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(file + ": a directory; save needs a file path");
        }
        return target;
    }

    /**
     * The temporaries this JVM is writing. Clean-up never opens them: on Linux, closing any
     * descriptor of a file drops every lock this process holds on it, so a second save's probe
     * would unlock the first save's temporary.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    /** Writes {@code bytes} to {@code target} atomically; errors name {@code file}, what the caller asked for. */
    static void write(Path file, Path target, byte[] bytes) throws IOException {
        Path directory = target.getParent();
        String prefix = prefix(target);
        Path temporary = null;
        Temporary created = null;
        try {
            removeStale(directory, prefix, target.getFileName().toString());
            Set<PosixFilePermission> permissions = permissions(target);
            created = create(directory, prefix);
            temporary = created.path();
            try (FileChannel channel = created.channel(); FileLock lock = lock(channel)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
                if (permissions != null) {
                    Files.setPosixFilePermissions(temporary, permissions);
                }
                move(temporary, target);
                temporary = null; // renamed: nothing left to remove
            }
            forceDirectory(directory);
        } catch (IOException e) {
            throw new IOException(file + ": could not save (" + describe(e) + ")", e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            if (created != null) {
                WRITING.remove(created.path());
            }
        }
    }

    static String prefix(Path target) {
        CRC32 crc = new CRC32();
        crc.update(target.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return PREFIX + String.format(Locale.ROOT, "%08x", crc.getValue()) + "-";
    }

    private record Temporary(Path path, FileChannel channel) {}

    /** A new temporary, open for writing: the caller locks it at once, before anything is written. */
    private static Temporary create(Path directory, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = directory.resolve(prefix + Long.toHexString(ProcessHandle.current().pid()) + "-"
                    + String.format(Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt()) + SUFFIX);
            try {
                WRITING.add(candidate);
                return new Temporary(candidate, FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                WRITING.remove(candidate);
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * A lock on the temporary while it is written, waiting out another save's brief clean-up probe
     * (a try-lock would give up and write unlocked); null where the file system has no locks.
     */
    private static FileLock lock(FileChannel channel) {
        try {
            return channel.lock();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The permissions to give the new file: the existing file's, or null to keep the creation default (umask). */
    private static Set<PosixFilePermission> permissions(Path target) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    /**
     * Deletes the temporaries of this target that no save is writing: ours by name (this version's
     * prefix, or the {@code .<name><digits>.tmp} of earlier versions) and not locked by a live
     * process; and, unless the process named in it is gone, not an empty file created in the last
     * seconds (a save between its open and its lock).
     */
    private static void removeStale(Path directory, String prefix, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> isTemporary(
                entry.getFileName().toString(), prefix, name))) {
            for (Path entry : entries) {
                if (!WRITING.contains(entry)) {
                    removeIfStale(entry, prefix);
                }
            }
        }
    }

    static boolean isTemporary(String entry, String prefix, String name) {
        if (!entry.endsWith(SUFFIX)) {
            return false;
        }
        if (entry.startsWith(prefix)) {
            return writer(entry, prefix) >= 0;
        }
        String legacy = "." + name;
        if (!entry.startsWith(legacy) || entry.length() == legacy.length() + SUFFIX.length()) {
            return false;
        }
        for (int i = legacy.length(); i < entry.length() - SUFFIX.length(); i++) {
            if (!Character.isDigit(entry.charAt(i)) || entry.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The process id in a temporary's name ({@code <prefix><pid>-<8 hex>.tmp}), or -1 when the name is not one. */
    private static long writer(String entry, String prefix) {
        String middle = entry.substring(prefix.length(), entry.length() - SUFFIX.length());
        int dash = middle.indexOf('-');
        if (dash < 1 || dash > 16 || middle.length() != dash + 9) {
            return -1;
        }
        for (int i = 0; i < middle.length(); i++) {
            char c = middle.charAt(i);
            if (i != dash && (c > 'f' || Character.digit(c, 16) < 0)) {
                return -1;
            }
        }
        return Long.parseUnsignedLong(middle.substring(0, dash), 16);
    }

    private static void removeIfStale(Path entry, String prefix) {
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            String name = entry.getFileName().toString();
            long pid = name.startsWith(prefix) ? writer(name, prefix) : -1;
            boolean writerGone = pid >= 0 && ProcessHandle.of(pid).isEmpty();
            boolean fresh = channel.size() == 0
                    && System.currentTimeMillis() - Files.getLastModifiedTime(entry).toMillis() < FRESH_MILLIS;
            if (writerGone || !fresh) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // in use by this JVM, or not ours to judge: leave it
        }
    }

    /** Removes a temporary that was not renamed; a failure here must not hide the error being thrown. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // left for the next save's clean-up
        }
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform opens directories; the rename is still atomic
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }
}
