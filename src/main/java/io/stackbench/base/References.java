package io.stackbench.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Placeholders;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Workspace;
import io.stackbench.task.Constraint;
import io.stackbench.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders the project's reference solution of a task's framework: copies
 * {@code references/<framework>/} and renders its {@code *.tmpl} files with the values
 * {@code oracle.json} gives for the task's database, so the output names that database and no other.
 *
 * <p>Files that differ wholesale per database (a Node lockfile) live under {@code oracle/} in the
 * reference, which is never copied as such; {@code oracle.json} maps each target path to its
 * variant in a {@code files} object per database. The removal patches of the feature tasks live
 * under {@code features/}, which is not part of the solution either.
 */
final class References {

    static final String MANIFEST = "oracle.json";
    static final String VARIANTS = "oracle";
    static final String FEATURES = "features";
    private static final String TEMPLATE_SUFFIX = ".tmpl";
    private static final Set<String> NOT_SOLUTION = Set.of(MANIFEST, VARIANTS, FEATURES);

    private final Path references;
    private final ObjectMapper json = new ObjectMapper();

    References(Path references) {
        this.references = references;
    }

    /** The removal patch of a built-in feature task. */
    Path removal(Task task) {
        String feature = task.feature().orElseThrow().feature().id();
        return references.resolve(task.framework().id()).resolve(FEATURES).resolve(feature + ".patch");
    }

    /** Writes the reference solution of {@code task}'s framework, rendered for its database, into {@code target}. */
    void render(Task task, Path target) {
        Path reference = references.resolve(task.framework().id());
        Path manifest = reference.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw StackBenchException.invalidInput("no reference solution for " + task.framework().id()
                    + " (expected " + manifest + ")");
        }
        JsonNode database = database(manifest, task);
        Map<String, String> values = new HashMap<>();
        database.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                values.put(e.getKey(), e.getValue().asText());
            }
        });
        try (Stream<Path> files = Files.walk(reference)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = reference.relativize(file);
                if (NOT_SOLUTION.contains(relative.getName(0).toString()) || excluded(relative)) {
                    continue;
                }
                String name = relative.toString();
                Path out = target.resolve(name.endsWith(TEMPLATE_SUFFIX)
                        ? name.substring(0, name.length() - TEMPLATE_SUFFIX.length()) : name);
                Files.createDirectories(out.getParent());
                if (name.endsWith(TEMPLATE_SUFFIX)) {
                    Files.writeString(out, Placeholders.render(Files.readString(file), values, name));
                } else {
                    Files.copy(file, out, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            for (var variant : (Iterable<Map.Entry<String, JsonNode>>) database.path("files")::fields) {
                Path source = reference.resolve(VARIANTS).resolve(variant.getValue().asText()).normalize();
                Path out = target.resolve(variant.getKey()).normalize();
                if (!source.startsWith(reference.resolve(VARIANTS)) || !out.startsWith(target) || !Files.isRegularFile(source)) {
                    throw StackBenchException.invalidInput(manifest + " maps " + variant.getKey() + " to "
                            + variant.getValue().asText() + ", which is not a file under " + VARIANTS + "/");
                }
                Files.createDirectories(out.getParent());
                Files.copy(source, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot materialise " + reference + " for " + task.id(), e);
        }
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            if (Workspace.DEPENDENCY_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        String name = relative.getFileName().toString();
        return name.endsWith(".pyc") || name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3");
    }

    private JsonNode database(Path manifest, Task task) {
        try {
            JsonNode root = json.readTree(manifest.toFile());
            String database = task.database().map(Constraint::id).orElse(root.path("default_database").asText());
            JsonNode vars = root.path("databases").path(database);
            if (!vars.isObject()) {
                throw StackBenchException.invalidInput(manifest + " has no values for database '" + database + "'");
            }
            return vars;
        } catch (IOException e) {
            throw StackBenchException.invalidInput(manifest + " is not valid JSON: " + e.getMessage());
        }
    }
}
