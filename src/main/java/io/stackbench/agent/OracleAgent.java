package io.stackbench.agent;

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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Materialises the project's reference solution of a task's framework: copies
 * {@code references/<framework>/} and renders its {@code *.tmpl} files with the values
 * {@code oracle.json} gives for the task's database, so the output names that database and no other.
 *
 * <p>Files that differ wholesale per database (a Node lockfile) live under {@code oracle/} in the
 * reference, which is never copied as such; {@code oracle.json} maps each target path to its
 * variant in a {@code files} object per database.
 */
public final class OracleAgent implements Agent {

    static final String MANIFEST = "oracle.json";
    static final String VARIANTS = "oracle";
    private static final String TEMPLATE_SUFFIX = ".tmpl";

    private final Path references;
    private final ObjectMapper json = new ObjectMapper();

    public OracleAgent(Path references) {
        this.references = references;
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String model() {
        return "reference";
    }

    @Override
    public boolean needsRuntime() {
        return false;
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        materialise(run.task(), run.workspace());
        return AgentOutcome.submitted(0, Usage.NONE);
    }

    /** Writes the reference solution of {@code task} into {@code workspace}. */
    public void materialise(Task task, Path workspace) {
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
                if (relative.toString().equals(MANIFEST) || relative.startsWith(VARIANTS) || excluded(relative)) {
                    continue;
                }
                String name = relative.toString();
                Path target = workspace.resolve(name.endsWith(TEMPLATE_SUFFIX)
                        ? name.substring(0, name.length() - TEMPLATE_SUFFIX.length()) : name);
                Files.createDirectories(target.getParent());
                if (name.endsWith(TEMPLATE_SUFFIX)) {
                    Files.writeString(target, Placeholders.render(Files.readString(file), values, name));
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            for (var variant : (Iterable<Map.Entry<String, JsonNode>>) database.path("files")::fields) {
                Path source = reference.resolve(VARIANTS).resolve(variant.getValue().asText()).normalize();
                Path target = workspace.resolve(variant.getKey()).normalize();
                if (!source.startsWith(reference.resolve(VARIANTS)) || !target.startsWith(workspace) || !Files.isRegularFile(source)) {
                    throw StackBenchException.invalidInput(manifest + " maps " + variant.getKey() + " to "
                            + variant.getValue().asText() + ", which is not a file under " + VARIANTS + "/");
                }
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
