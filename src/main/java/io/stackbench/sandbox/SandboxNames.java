package io.stackbench.sandbox;

import io.stackbench.runtime.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sandbox is named {@code <owner>_<n>}, its owner being the StackBench process that opened it
 * ({@link ProcessRunner#owner()}); its cgroups, namespace pins and scratch folders carry that
 * name, so a later StackBench can tell what a killed one left behind.
 */
final class SandboxNames {

    private SandboxNames() {
    }

    static String of(String owner, long number) {
        return owner + "_" + number;
    }

    /** The StackBench process that opened the sandbox of this name. */
    static String owner(String name) {
        return name.substring(0, name.lastIndexOf('_'));
    }

    /**
     * The folders in {@code dir} named for a sandbox whose StackBench is gone (files beside them,
     * such as a cgroup hierarchy's own control files, are never a sandbox's).
     */
    static List<Path> stale(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> {
                String name = p.getFileName().toString();
                return name.lastIndexOf('_') > 0 && !ProcessRunner.ownerAlive(owner(name));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
