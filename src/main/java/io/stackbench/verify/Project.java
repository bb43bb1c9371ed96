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

    final Path root;
    final List<ModuleFacts> modules;
    final List<Manifest> manifests;
    final ImportGraph graph;
    /** Computed on first use and kept: both database rules read it. */
    private List<DatabaseEvidence.Item> databaseEvidence;

    private Project(Path root, List<ModuleFacts> modules, List<Manifest> manifests, ImportGraph graph) {
        this.root = root;
        this.modules = List.copyOf(modules);
        this.manifests = List.copyOf(manifests);
        this.graph = graph;
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
        Set<String> allFiles = new HashSet<>();
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
                    allFiles.add(relative(root, file));
                    if (Manifest.isManifest(name)) {
                        manifestFiles.add(file);
                    } else if (SourceLanguage.of(name).isPresent() && attrs.size() <= MAX_SOURCE_BYTES) {
                        sources.add(file);
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
            Path tsconfig = root.resolve("tsconfig.json");
            Optional<String> tsconfigText = Files.isRegularFile(tsconfig) ? Optional.of(read(tsconfig)) : Optional.empty();
            return new Project(root, modules, manifests, new ImportGraph(modules, allFiles, tsconfigText));
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
        return manifests.isEmpty() ? (modules.isEmpty() ? "." : modules.get(0).path()) : manifests.get(0).path();
    }

    List<DatabaseEvidence.Item> databaseEvidence() {
        if (databaseEvidence == null) {
            databaseEvidence = DatabaseEvidence.collect(this);
        }
        return databaseEvidence;
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
