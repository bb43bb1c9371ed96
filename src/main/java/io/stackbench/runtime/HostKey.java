package io.stackbench.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the place where a pid means one process: this machine's current boot and this pid
 * namespace. A pid and start time read elsewhere (another machine of a sharded sweep, a container
 * beside this one) say nothing about whether that process runs, so an owner is judged dead only
 * when its key is this one.
 */
final class HostKey {

    /** This process's key: 10 hex digits of SHA-256 over the boot id and the pid namespace. */
    static final String CURRENT = of(read(Path.of("/proc/sys/kernel/random/boot_id")), namespace());

    private HostKey() {
    }

    static String of(String bootId, String pidNamespace) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((bootId.strip() + "|" + pidNamespace).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Without /proc nothing can be proved dead anyway; a unique key keeps it so.
            return "unknown-" + java.util.UUID.randomUUID();
        }
    }

    private static String namespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | RuntimeException e) {
            return "unknown-" + java.util.UUID.randomUUID();
        }
    }
}
