package io.stackbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on one cache entry (a file beside it named {@code <entry>.lock}), held across
 * processes, so two StackBench processes never install into the same cache entry at once.
 * Threads of one process must not contend for the same entry: callers serialise them.
 */
final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock acquire(Path entry) {
        try {
            Files.createDirectories(entry.getParent());
            FileChannel channel = FileChannel.open(entry.resolveSibling(entry.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new DirectoryLock(channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + entry, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
