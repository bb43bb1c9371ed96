package io.stackbench.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex: of cache keys, of files, of templates. */
public final class Hashes {

    private Hashes() {
    }

    /** Of {@code bytes} as they are. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Of several strings at once, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
    public static String sha256(String... parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Of a whole directory tree: every entry's relative path and type, each file's bytes, each
     * link's target, in a fixed order; so any change to an installed tool changes it.
     */
    public static String tree(java.nio.file.Path root) {
        MessageDigest digest = digest();
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : walk.sorted().toList()) {
                String relative = root.relativize(p).toString();
                if (java.nio.file.Files.isSymbolicLink(p)) {
                    update(digest, "l", relative, java.nio.file.Files.readSymbolicLink(p).toString());
                } else if (java.nio.file.Files.isDirectory(p)) {
                    update(digest, "d", relative);
                } else {
                    update(digest, java.nio.file.Files.isExecutable(p) ? "x" : "f", relative);
                    try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot hash " + root, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
