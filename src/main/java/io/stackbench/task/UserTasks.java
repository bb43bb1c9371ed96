package io.stackbench.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Feature tasks users define on their own codebases, one folder each in a directory they choose:
 * {@code <id>/task.json}, the codebase as it is with the feature ({@code <id>/tree/}), the patch
 * that removes the feature ({@code <id>/removal.patch}) and, optionally, the suite that scores it
 * ({@code <id>/suite.json}). See {@code docs/feature-tasks.md}.
 */
public final class UserTasks {

    static final String FILE = "task.json";
    public static final String SCHEMA = "stackbench.feature-task/1";
    private static final Set<String> NOT_COPIED = Set.of("node_modules", ".venv", "venv", "__pycache__", ".git",
            ".pytest_cache", ".mypy_cache", ".npm");

    private UserTasks() {
    }

    /**
     * The file {@code task.json}.
     *
     * @param feature     a built-in feature ({@code comments}) or a name of the user's own
     * @param description what the feature is, for the prompt; a built-in feature has one
     * @param operations  the contract operations the feature consists of, named in the prompt
     * @param scope       the suite's assertions that are the feature's own; a built-in feature has one,
     *                    else the assertions the suite tags with the feature's name
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Definition(String schema, String id, String framework, List<String> constraints, String feature,
                             Optional<String> description, List<String> operations, Optional<FeatureScope> scope,
                             String tree, String removal, Optional<String> suite) {
        public Definition {
            constraints = constraints == null ? List.of() : List.copyOf(constraints);
            operations = operations == null ? List.of() : List.copyOf(operations);
            description = description == null ? Optional.empty() : description;
            scope = scope == null ? Optional.empty() : scope;
            suite = suite == null ? Optional.empty() : suite;
        }
    }

    /** The tasks defined under {@code dir}; a folder without {@code task.json} is not a task. */
    public static List<Task> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw StackBenchException.invalidInput("task directory " + dir + " does not exist");
        }
        List<Task> tasks = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve(FILE))) {
                    tasks.add(task(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read task directory " + dir, e);
        }
        return tasks;
    }

    private static Task task(Path folder) {
        Path file = folder.resolve(FILE);
        Definition d;
        try {
            d = Json.mapper().readValue(file.toFile(), Definition.class);
        } catch (IOException e) {
            throw StackBenchException.invalidInput(file + " is not a task definition: " + e.getMessage());
        }
        if (!SCHEMA.equals(d.schema())) {
            throw StackBenchException.invalidInput(file + " has schema '" + d.schema() + "'; this StackBench reads " + SCHEMA);
        }
        if (d.id() == null || !d.id().matches("[a-z0-9][a-z0-9._-]*") || !d.id().equals(folder.getFileName().toString())) {
            throw StackBenchException.invalidInput(file + ": the id must be lower-case letters, digits, '.', '_' or '-'"
                    + " and name its folder, got '" + d.id() + "'");
        }
        Framework framework = Framework.fromId(d.framework());
        ConstraintSet constraints;
        try {
            constraints = new ConstraintSet(d.constraints().stream().map(Constraint::fromId).toList());
        } catch (IllegalArgumentException e) {
            throw StackBenchException.invalidInput(file + ": " + e.getMessage());
        }
        Feature builtin = Feature.builtin(d.feature()).orElse(null);
        Feature feature = new Feature(d.feature(),
                d.description().orElse(builtin != null ? builtin.description() : d.feature()),
                d.operations().isEmpty() && builtin != null ? builtin.operations() : d.operations(),
                d.scope().orElse(builtin != null ? builtin.scope() : new FeatureScope(Set.of(d.feature()), Set.of())));
        Path tree = inside(folder, d.tree(), file);
        Path removal = inside(folder, d.removal(), file);
        Optional<Path> suite = d.suite().map(s -> inside(folder, s, file));
        return new Task(framework, constraints, Optional.of(new FeatureTask(feature,
                new FeatureTask.Directory(d.id(), tree, removal), suite)));
    }

    private static Path inside(Path folder, String name, Path file) {
        Path path = name == null ? null : folder.resolve(name).normalize();
        if (path == null || !path.startsWith(folder) || !Files.exists(path)) {
            throw StackBenchException.invalidInput(file + " names '" + name + "', which is not a file or folder in " + folder);
        }
        return path;
    }

    /** The id a task on {@code codebase} gets when its author names none: {@code <codebase folder>-feature-<feature>}. */
    public static String defaultId(Path codebase, String feature) {
        return (codebase.toAbsolutePath().normalize().getFileName() + "-feature-" + feature)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    }

    /**
     * Defines a task in {@code dir}: copies the codebase (without dependency folders and
     * {@code .git}), the removal patch and the suite, and writes {@code task.json}.
     *
     * @return the task, as {@link #read} reads it from its folder
     */
    public static Task add(Path dir, Definition definition, Path codebase, Path removal, Optional<Path> suite) {
        Path folder = dir.resolve(definition.id());
        if (Files.exists(folder)) {
            throw StackBenchException.invalidInput("task " + folder + " exists; remove it first to define it again");
        }
        if (!Files.isDirectory(codebase)) {
            throw StackBenchException.invalidInput("codebase " + codebase + " is not a directory");
        }
        if (!Files.isRegularFile(removal)) {
            throw StackBenchException.invalidInput("removal patch " + removal + " is not a file");
        }
        try {
            Files.createDirectories(folder);
            copyTree(codebase.toAbsolutePath().normalize(), folder.resolve(definition.tree()));
            Files.copy(removal, folder.resolve(definition.removal()), StandardCopyOption.REPLACE_EXISTING);
            if (suite.isPresent()) {
                Files.copy(suite.get(), folder.resolve(definition.suite().orElseThrow()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write task " + folder, e);
        }
        ObjectMapper json = Json.mapper();
        Json.writeAtomically(json, folder.resolve(FILE), definition);
        return task(folder);
    }

    private static void copyTree(Path root, Path target) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(root) && NOT_COPIED.contains(d.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(root.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(f, target.resolve(root.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                } else if (attrs.isSymbolicLink()) {
                    throw StackBenchException.invalidInput("codebase file " + root.relativize(f)
                            + " is a symbolic link; a task's codebase holds regular files only");
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
