package io.stackbench.runtime;

import io.stackbench.core.BuildInfo;
import io.stackbench.core.StackBenchException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** The PostgreSQL 16 binaries from zonky's Maven artifact, extracted once per version. */
public final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private final Path root;

    private PostgresBinaries(Path root) {
        this.root = root;
    }

    public Path bin(String name) {
        return root.resolve("bin").resolve(name);
    }

    public static PostgresBinaries extract(Path base) {
        Path root = base.resolve("pg-" + BuildInfo.load().postgresBinaries());
        CacheEntry.ensure(root, PostgresBinaries::unpack);
        return new PostgresBinaries(root);
    }

    private static InputStream open() {
        InputStream in = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (in == null) {
            throw StackBenchException.environment("the PostgreSQL binaries (" + ARCHIVE
                    + ") are not on the classpath; embedded PostgreSQL is available on linux-amd64 only");
        }
        return new BufferedInputStream(in);
    }

    private static void unpack(Path root) {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(open()))) {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw StackBenchException.unexpectedState("PostgreSQL archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            try (var dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL into " + root, e);
        }
    }
}
