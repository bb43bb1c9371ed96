package io.stackbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one protocol every cache under the home directory follows: an entry is usable once its
 * {@code .complete} marker exists; otherwise it is rebuilt from scratch under a cross-process
 * lock, and the marker is written last, so a crash mid-install never leaves a usable-looking entry.
 */
final class CacheEntry {

    /** Fills an empty entry directory. */
    interface Install {
        void into(Path entry) throws IOException;
    }

    private CacheEntry() {
    }

    /**
     * Makes sure {@code entry} is complete.
     *
     * @return true when it already was (a cache hit), false when it was installed now
     */
    static boolean ensure(Path entry, Install install) {
        Path marker = entry.resolve(".complete");
        if (Files.isRegularFile(marker)) {
            return true;
        }
        try (DirectoryLock lock = DirectoryLock.acquire(entry)) {
            // Another process may have finished the entry while this one waited for the lock.
            if (Files.isRegularFile(marker)) {
                return true;
            }
            Workspace.deleteTree(entry);
            Files.createDirectories(entry);
            install.into(entry);
            Files.writeString(marker, "");
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install cache entry " + entry, e);
        }
    }
}
