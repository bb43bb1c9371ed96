package io.stackbench.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Postman Collection v2.1 that scores a server: StackBench's own Conduit suite, or any other
 * collection given with {@code --suite}.
 *
 * @param sha256 identifies the exact suite in run results
 */
public record Suite(String name, Path collection, String sha256) {

    static final String BUILTIN_RESOURCE = "stackbench-conduit.postman_collection.json";

    /** Fails when the collection file no longer has the hash this suite was loaded with. */
    public void requireUnchanged() {
        String now;
        try {
            now = Hashes.file(collection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suite " + collection, e);
        }
        if (!now.equals(sha256)) {
            throw io.stackbench.core.StackBenchException.unexpectedState("the suite " + collection + " changed since it was"
                    + " loaded (sha256 " + now.substring(0, 12) + ", expected " + sha256.substring(0, 12)
                    + "); StackBench will not score with it");
        }
    }

    /** StackBench's Conduit suite, written once to {@code dir} so newman can read it. */
    public static Suite builtin(Path dir) {
        String text = Resources.text(Suite.class, BUILTIN_RESOURCE);
        String digest = Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("stackbench-conduit-" + digest.substring(0, 12) + ".postman_collection.json");
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "suite", ".tmp");
                Files.writeString(tmp, text);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the suite to " + dir, e);
        }
        return new Suite(nameOf(file), file, digest);
    }

    /** A user-supplied collection. */
    public static Suite fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw StackBenchException.invalidInput("suite " + file + " does not exist");
        }
        try {
            return new Suite(nameOf(file), file.toAbsolutePath(), Hashes.file(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suite " + file, e);
        }
    }

    private static String nameOf(Path file) {
        try {
            var info = new ObjectMapper().readTree(file.toFile()).path("info");
            if (!info.has("schema") || !info.path("schema").asText().contains("v2.1")) {
                throw StackBenchException.invalidInput("suite " + file + " is not a Postman Collection v2.1 (info.schema)");
            }
            return info.path("name").asText(file.getFileName().toString());
        } catch (IOException e) {
            throw StackBenchException.invalidInput("suite " + file + " is not valid JSON: " + e.getMessage());
        }
    }
}
