package io.stackbench.verify;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A solution tree as the rules see it: its parsed source files, its manifests and its import
 * graph. Dependency folders, virtualenvs, caches, build output and lockfiles are skipped.
 */
final class Project {

    static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", ".venv", "venv", "env", "__pycache__", ".git",
            "dist", "build", "coverage", ".next", ".pytest_cache", ".mypy_cache", ".tox", ".cache", "site-packages", ".npm");
    /** Larger files are generated or minified, not written by the agent. */
    static final long MAX_SOURCE_BYTES = 1_000_000;

    /** Source files of languages the verifiers do not read, by language: a service written in one cannot be judged. */
    private static final java.util.Map<String, String> UNREAD_LANGUAGES = java.util.Map.ofEntries(
            java.util.Map.entry("java", "Java"), java.util.Map.entry("kt", "Kotlin"), java.util.Map.entry("kts", "Kotlin"),
            java.util.Map.entry("go", "Go"), java.util.Map.entry("cs", "C#"), java.util.Map.entry("rb", "Ruby"),
            java.util.Map.entry("php", "PHP"), java.util.Map.entry("rs", "Rust"), java.util.Map.entry("scala", "Scala"),
            java.util.Map.entry("ex", "Elixir"), java.util.Map.entry("exs", "Elixir"), java.util.Map.entry("groovy", "Groovy"),
            java.util.Map.entry("swift", "Swift"), java.util.Map.entry("cpp", "C++"), java.util.Map.entry("c", "C"));
    /** Manifests of any ecosystem: the folders holding one are the roots of services in a monorepo. */
    private static final Set<String> ROOT_MARKERS = Set.of("package.json", "pyproject.toml", "requirements.txt", "Pipfile",
            "setup.py", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "Gemfile", "composer.json", "Cargo.toml");

    final Path root;
    final List<ModuleFacts> modules;
    private final java.util.Map<String, ModuleFacts> byPath;
    final List<Manifest> manifests;
    final List<ConfigFile> configs;
    final ImportGraph graph;
    /** Production source files per language the verifiers cannot read. */
    final java.util.Map<String, Integer> unread;
    /** Folders (relative, "" for the root) that hold a manifest of their own. */
    final Set<String> serviceRoots;
    /** Computed on first use and kept: both database rules read it. */
    private List<DatabaseEvidence.Item> databaseEvidence;
    private Layering layering;
    private java.util.Map<String, List<String>> layeringNames = java.util.Map.of();

    private Project(Path root, List<ModuleFacts> modules, List<Manifest> manifests, List<ConfigFile> configs,
                    ImportGraph graph, java.util.Map<String, Integer> unread, Set<String> serviceRoots) {
        this.root = root;
        this.modules = List.copyOf(modules);
        this.byPath = new java.util.HashMap<>();
        modules.forEach(m -> byPath.put(m.path(), m));
        this.manifests = List.copyOf(manifests);
        this.configs = List.copyOf(configs);
        this.graph = graph;
        this.unread = java.util.Map.copyOf(unread);
        this.serviceRoots = Set.copyOf(serviceRoots);
    }

    static Project load(Path root) {
        return load(root, List.of());
    }

    static Project load(Path root, List<String> excludes) {
        List<java.nio.file.PathMatcher> excluded = excludes.stream()
                .map(glob -> root.getFileSystem().getPathMatcher("glob:" + glob)).toList();
        if (!Files.isDirectory(root)) {
            throw StackBenchException.invalidInput("cannot verify " + root + ": not a directory");
        }
        List<Path> sources = new ArrayList<>();
        List<Path> manifestFiles = new ArrayList<>();
        List<Path> configFiles = new ArrayList<>();
        Set<String> allFiles = new HashSet<>();
        java.util.Map<String, Integer> unread = new java.util.TreeMap<>();
        Set<String> serviceRoots = new HashSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && (SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            || matches(excluded, root.relativize(dir)));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || matches(excluded, root.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = file.getFileName().toString();
                    String rel = relative(root, file);
                    allFiles.add(rel);
                    if (ROOT_MARKERS.contains(name)) {
                        serviceRoots.add(rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "");
                    }
                    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                    if (Manifest.isManifest(name)) {
                        manifestFiles.add(file);
                    } else if (SourceLanguage.of(name).isPresent() && attrs.size() <= MAX_SOURCE_BYTES) {
                        sources.add(file);
                    } else if (ConfigFile.isConfig(rel) && attrs.size() <= MAX_SOURCE_BYTES) {
                        configFiles.add(file);
                    } else if (UNREAD_LANGUAGES.containsKey(extension) && SourceScope.of(rel) == SourceScope.PRODUCTION) {
                        unread.merge(UNREAD_LANGUAGES.get(extension), 1, Integer::sum);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            sources.sort(null);
            manifestFiles.sort(null);
            List<ModuleFacts> modules = parseAll(root, sources);
            List<Manifest> manifests = new ArrayList<>();
            for (Path file : manifestFiles) {
                Manifest.parse(relative(root, file), read(file)).ifPresent(manifests::add);
            }
            configFiles.sort(null);
            List<ConfigFile> configs = new ArrayList<>();
            for (Path file : configFiles) {
                configs.add(new ConfigFile(relative(root, file), read(file)));
            }
            Path tsconfig = root.resolve("tsconfig.json");
            Optional<String> tsconfigText = Files.isRegularFile(tsconfig) ? Optional.of(read(tsconfig)) : Optional.empty();
            return new Project(root, modules, manifests, configs, new ImportGraph(modules, allFiles, tsconfigText),
                    unread, serviceRoots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the solution at " + root, e);
        }
    }

    /**
     * Parses the files on all cores: parsing is most of a verification's time, and each
     * thread gets its own extractor because tree-sitter parsers are not shared across threads.
     */
    private static List<ModuleFacts> parseAll(Path root, List<Path> sources) {
        int threads = Math.max(1, Math.min(java.lang.Runtime.getRuntime().availableProcessors(), sources.size() / 8));
        if (threads == 1) {
            return parseChunk(root, sources);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verify-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<List<ModuleFacts>>> parts = new ArrayList<>();
            int size = (sources.size() + threads - 1) / threads;
            for (int i = 0; i < sources.size(); i += size) {
                List<Path> chunk = sources.subList(i, Math.min(sources.size(), i + size));
                parts.add(pool.submit(() -> parseChunk(root, chunk)));
            }
            List<ModuleFacts> modules = new ArrayList<>();
            for (java.util.concurrent.Future<List<ModuleFacts>> part : parts) {
                modules.addAll(part.get());
            }
            return modules;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + root, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ModuleFacts> parseChunk(Path root, List<Path> files) {
        FactExtractor extractor = new FactExtractor();
        List<ModuleFacts> modules = new ArrayList<>();
        for (Path file : files) {
            String rel = relative(root, file);
            try {
                modules.add(extractor.extract(rel, SourceLanguage.of(rel).orElseThrow(), read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return modules;
    }

    private static boolean matches(List<java.nio.file.PathMatcher> excluded, Path relative) {
        return excluded.stream().anyMatch(m -> m.matches(relative));
    }

    /** The manifest findings without a source line of their own point at (the first one), or a placeholder path. */
    String anchor() {
        // The service's own manifest, not a requirements-test.txt that sorts before it.
        return manifests.stream().filter(m -> m.development().size() < m.packages().size() || m.packages().isEmpty())
                .min(java.util.Comparator.comparingInt((Manifest m) -> m.path().split("/").length).thenComparing(Manifest::path))
                .or(() -> manifests.stream().findFirst())
                .map(Manifest::path)
                .orElse(modules.isEmpty() ? "." : modules.get(0).path());
    }

    /** The layering for a set of configured layer names, computed once per set: every architecture rule reads it. */
    Layering layering(java.util.Map<String, List<String>> extraNames) {
        if (layering == null || !layeringNames.equals(extraNames)) {
            layering = new Layering(this, extraNames);
            layeringNames = extraNames;
        }
        return layering;
    }

    /**
     * Why the service's code cannot be judged, if it cannot: there is no Python, JavaScript or
     * TypeScript in it, or more of it is in a language StackBench does not read.
     */
    Optional<String> unreadable() {
        long read = modules.stream().filter(m -> SourceScope.of(m.path()) == SourceScope.PRODUCTION).count();
        int unreadFiles = unread.values().stream().mapToInt(Integer::intValue).sum();
        String languages = unread.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " files)")
                .collect(java.util.stream.Collectors.joining(", "));
        if (read == 0 && unreadFiles == 0) {
            return Optional.of("no Python, JavaScript or TypeScript source to read");
        }
        if (unreadFiles > read) {
            return Optional.of("the service is written in " + languages + ", which StackBench does not parse; it reads only "
                    + "Python, JavaScript and TypeScript" + (read > 0 ? " (" + read + " such files here)" : ""));
        }
        return Optional.empty();
    }

    List<DatabaseEvidence.Item> databaseEvidence() {
        if (databaseEvidence == null) {
            databaseEvidence = DatabaseEvidence.collect(this);
        }
        return databaseEvidence;
    }

    /** The parsed source file at {@code path}, relative to the root. */
    Optional<ModuleFacts> module(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    int lines() {
        return modules.stream().mapToInt(ModuleFacts::lines).sum();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) throws IOException {
        // Malformed bytes are replaced rather than fatal: a stray Latin-1 file must not stop the gate.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
