package io.stackbench.datalayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Resources;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQLite databases a server wrote during its run, found by their header anywhere it could
 * write, and what they hold. Python's sqlite3 module reads copies of them on the host.
 */
final class SqliteFiles {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Dependency trees are installed, not written by the server; enough to keep the walk short. */
    private static final List<String> SKIPPED = List.of("node_modules", ".venv", ".git", "__pycache__");
    private static final int MAX_FILES = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SqliteFiles() {
    }

    /**
     * One database file and its tables' row counts.
     *
     * @param file  where it is, on the host
     * @param error why it could not be read, if it could not
     */
    record Database(Path file, Map<String, Long> tables, String error) {

        long rows() {
            return tables.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Tables with their rows, e.g. {@code users (3), articles (5)}. */
        String describe() {
            if (!error.isEmpty()) {
                return "unreadable: " + error;
            }
            return tables.isEmpty() ? "no tables" : String.join(", ", tables.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
        }
    }

    /** The SQLite files under {@code areas} written since {@code since}, read through copies in {@code scratch}. */
    static List<Database> find(List<Path> areas, Instant since, Path scratch, ProcessRunner runner, ObjectMapper json) {
        List<Path> found = new ArrayList<>();
        for (Path area : areas) {
            walk(area, since, found);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Workspace.deleteTree(scratch);
        List<String> copies = new ArrayList<>();
        try {
            Files.createDirectories(scratch);
            for (int i = 0; i < found.size(); i++) {
                Path copy = scratch.resolve(i + ".db");
                // Never what a link points to: a server still running could swap a file for one.
                Files.copy(found.get(i), copy, StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!Files.isRegularFile(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(copy);
                }
                Path wal = found.get(i).resolveSibling(found.get(i).getFileName() + "-wal");
                if (Files.isRegularFile(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(wal, scratch.resolve(i + ".db-wal"), StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
                copies.add(copy.toString());
            }
        } catch (IOException e) {
            return found.stream().map(f -> new Database(f, Map.of(), "cannot copy: " + e.getMessage())).toList();
        }
        List<String> command = new ArrayList<>(List.of("python3", "-c", Resources.text(SqliteFiles.class, "sqlite_tables.py")));
        command.addAll(copies);
        ProcessResult result = runner.run(ProcessSpec.tool("look into SQLite files", command, scratch,
                scratch.resolve("inspect.log"), TIMEOUT));
        List<Database> databases = new ArrayList<>();
        try {
            JsonNode read = json.readTree(result.lastLine());
            for (int i = 0; i < found.size(); i++) {
                JsonNode entry = read.path(i);
                Map<String, Long> tables = new LinkedHashMap<>();
                entry.path("tables").fields().forEachRemaining(e -> tables.put(e.getKey(), e.getValue().asLong()));
                databases.add(new Database(found.get(i), tables, entry.path("error").asText("")));
            }
        } catch (IOException e) {
            found.forEach(f -> databases.add(new Database(f, Map.of(), "cannot read: " + result.describeFailure())));
        } finally {
            Workspace.deleteTree(scratch);
        }
        return databases;
    }

    private static void walk(Path area, Instant since, List<Path> found) {
        if (!Files.isDirectory(area)) {
            return;
        }
        try {
            Files.walkFileTree(area, java.util.Set.of(), 12, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return SKIPPED.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (found.size() < MAX_FILES && attrs.isRegularFile() && attrs.size() >= 512
                            && !attrs.lastModifiedTime().toInstant().isBefore(since) && isSqlite(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A tree that changes while it is walked: what was found stands.
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
