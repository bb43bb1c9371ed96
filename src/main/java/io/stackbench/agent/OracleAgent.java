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
 */
public final class OracleAgent implements Agent {

    static final String MANIFEST = "oracle.json";
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
    public void generate(Task task, Path workspace) {
        Path reference = references.resolve(task.framework().id());
        Path manifest = reference.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw StackBenchException.invalidInput("no reference solution for " + task.framework().id()
                    + " (expected " + manifest + ")");
        }
        Map<String, String> values = values(manifest, task);
        try (Stream<Path> files = Files.walk(reference)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = reference.relativize(file);
                if (relative.toString().equals(MANIFEST) || excluded(relative)) {
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

    private Map<String, String> values(Path manifest, Task task) {
        try {
            JsonNode root = json.readTree(manifest.toFile());
            String database = task.database().map(Constraint::id).orElse(root.path("default_database").asText());
            JsonNode vars = root.path("databases").path(database);
            if (!vars.isObject()) {
                throw StackBenchException.invalidInput(manifest + " has no values for database '" + database + "'");
            }
            Map<String, String> values = new HashMap<>();
            vars.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return values;
        } catch (IOException e) {
            throw StackBenchException.invalidInput(manifest + " is not valid JSON: " + e.getMessage());
        }
    }
}
