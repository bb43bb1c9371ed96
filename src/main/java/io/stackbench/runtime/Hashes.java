package io.stackbench.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

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
        update(digest, parts);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Of a file's bytes. */
    public static String file(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /**
     * Of a whole directory tree: every entry's relative path and type, each file's bytes, each
     * link's target, in a fixed order; so any change to an installed tool changes it.
     */
    public static String tree(Path root) {
        MessageDigest digest = digest();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String relative = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    update(digest, "l", relative, Files.readSymbolicLink(p).toString());
                } else if (Files.isDirectory(p)) {
                    update(digest, "d", relative);
                } else {
                    update(digest, Files.isExecutable(p) ? "x" : "f", relative);
                    try (InputStream in = Files.newInputStream(p)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + root, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each part length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
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
