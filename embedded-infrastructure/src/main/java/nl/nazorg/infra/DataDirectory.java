package nl.nazorg.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The infrastructure's data directory, locked while it runs. The lock keeps a second launcher (or test run) from
 * taking the servers of a live one for leftovers and stopping them; the operating system releases it when the owning
 * process dies, however it dies.
 */
final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "infrastructure.lock";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectory lock(Path path) {
        try {
            Files.createDirectories(path);
            FileChannel channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The data directory " + path + " is in use by another running infrastructure");
            }
            return new DataDirectory(path, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data directory " + path, e);
        }
    }

    /** Deletes everything in the directory except the lock file. */
    void wipe() {
        try (Stream<Path> children = Files.list(path)) {
            for (Path child : children.filter(child -> !child.getFileName().toString().equals(LOCK_FILE)).toList()) {
                deleteRecursively(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe the data directory " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock on " + path, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM.
            return null;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> walk = Files.walk(root)) {
            deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.deleteIfExists(path);
        }
    }
}
