package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The directory one solution is built and run in. Nothing that enters it (a copied tree, an
 * applied patch) may place a file or a symbolic link target outside it.
 */
public final class Workspace {

    /** Folders that hold installed dependencies or caches, never part of a solution. */
    public static final Set<String> DEPENDENCY_FOLDERS = Set.of(
            "node_modules", ".venv", "venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".git", ".npm");

    /**
     * Patterns left out of a recorded patch: dependencies, caches, build output, and database
     * files the server writes. A solution is its sources; {@code run.sh} starts it from them.
     */
    private static final List<String> PATCH_EXCLUDES = List.of(
            "node_modules/", ".venv/", "venv/", "__pycache__/", "*.pyc", ".pytest_cache/", ".mypy_cache/",
            ".ruff_cache/", ".npm/", ".cache/", "dist/", "build/", "*.egg-info/", "coverage/", ".nyc_output/",
            "*.tsbuildinfo", "*.db", "*.sqlite", "*.sqlite3", "*.db-journal", "*.db-wal", "*.db-shm");

    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Path logs;
    private final ProcessRunner runner;

    /** Creates an empty workspace at {@code dir}; {@code logs} receives the git logs. */
    public static Workspace create(Path dir, Path logs, ProcessRunner runner) {
        createEmptyDirectory(dir, "workspace");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logs, e);
        }
        // git runs with the workspace as its working directory: every path handed to it must be absolute.
        return new Workspace(dir.toAbsolutePath().normalize(), logs.toAbsolutePath().normalize(), runner);
    }

    /**
     * Creates {@code dir}, or accepts it when it exists and is empty: nothing an agent or a run
     * writes may mix with what was there.
     */
    public static void createEmptyDirectory(Path dir, String what) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw StackBenchException.invalidInput(what + " " + dir + " is not empty");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + what + " " + dir, e);
        }
    }

    /** A workspace over {@code dir} as it is (a feature task's base, say); {@code logs} receives the git logs. */
    public static Workspace open(Path dir, Path logs, ProcessRunner runner) {
        if (!Files.isDirectory(dir)) {
            throw StackBenchException.invalidInput("workspace " + dir + " does not exist");
        }
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logs, e);
        }
        return new Workspace(dir.toAbsolutePath().normalize(), logs.toAbsolutePath().normalize(), runner);
    }

    /**
     * Replaces the workspace's content with a complete tree (as {@link #copyFrom}), keeping only its
     * {@code .git}: a complete solution of a feature task replaces the base the agent started from.
     */
    public void replaceWith(Path source) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> !p.getFileName().toString().equals(".git")).forEach(Workspace::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty workspace " + dir, e);
        }
        copyFrom(source);
    }

    /**
     * Makes the workspace a git repository with one commit holding its content: an agent's
     * starting point on a feature task, with no history that contains the removed feature.
     */
    public void commitAll(String message) {
        Map<String, String> identity = Map.of("GIT_AUTHOR_NAME", "StackBench", "GIT_AUTHOR_EMAIL", "stackbench@localhost",
                "GIT_COMMITTER_NAME", "StackBench", "GIT_COMMITTER_EMAIL", "stackbench@localhost",
                "GIT_AUTHOR_DATE", "2000-01-01T00:00:00Z", "GIT_COMMITTER_DATE", "2000-01-01T00:00:00Z");
        // Labels of their own: writePatch's git-add-base log must not overwrite these.
        requireGit(git("git-init-start", List.of("init", "-q", "-b", "main"), identity));
        requireGit(git("git-add-start", List.of("add", "-A", "--force", "--", "."), identity));
        requireGit(git("git-commit-start", List.of("-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", message), identity));
    }

    private Workspace(Path dir, Path logs, ProcessRunner runner) {
        this.dir = dir;
        this.logs = logs;
        this.runner = runner;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Copies a solution tree in, leaving out dependency folders (and links standing for them). A
     * link that leads outside the tree, or once copied outside the workspace, is refused, and a
     * refused or broken-off copy leaves the workspace empty.
     */
    public void copyFrom(Path source) {
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw StackBenchException.invalidInput("solution directory " + source + " does not exist");
        }
        emptiedOnFailure(() -> {
            copyTree(root, source);
            WorkspaceLinks.describeEscapes(dir).ifPresent(escapes -> {
                throw StackBenchException.invalidInput("solution " + source + " is refused: " + escapes);
            });
        });
    }

    private void copyTree(Path root, Path source) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (!d.equals(root) && DEPENDENCY_FOLDERS.contains(d.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(dir.resolve(root.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Path target = dir.resolve(root.relativize(f).toString());
                    if (attrs.isSymbolicLink() && DEPENDENCY_FOLDERS.contains(f.getFileName().toString())) {
                        // node_modules linked to a cached install: a dependency, not the solution.
                        return FileVisitResult.CONTINUE;
                    } else if (attrs.isSymbolicLink()) {
                        Path link = Files.readSymbolicLink(f);
                        if (!f.getParent().resolve(link).normalize().startsWith(root)) {
                            throw StackBenchException.invalidInput("solution file " + root.relativize(f)
                                    + " is a symbolic link to " + link + ", outside the solution");
                        }
                        Files.createSymbolicLink(target, link);
                    } else if (attrs.isRegularFile()) {
                        Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy solution " + source + " into " + dir, e);
        }
    }

    /**
     * Applies a unified/git diff with {@code git apply}. Every path the patch touches is checked
     * first (git itself lists them); once applied, every link must resolve inside the workspace,
     * else the patch is refused and the workspace emptied.
     */
    public void applyPatch(Path patch) {
        applyPatch(patch, false);
    }

    /** Applies {@code patch} in reverse (as {@code git apply -R}), with the checks of {@link #applyPatch(Path)}. */
    public void reversePatch(Path patch) {
        applyPatch(patch, true);
    }

    private void applyPatch(Path patch, boolean reverse) {
        if (!Files.isRegularFile(patch)) {
            throw StackBenchException.invalidInput("patch " + patch + " does not exist");
        }
        if (isEmpty(patch)) {
            // An agent that changed nothing leaves an empty patch: an empty solution, not bad input.
            return;
        }
        Path absolute = patch.toAbsolutePath();
        ProcessResult listing = git("git-apply-numstat", List.of("apply", "--numstat", "-z", absolute.toString()));
        if (!listing.succeeded()) {
            throw StackBenchException.invalidInput("patch " + patch + " is malformed: " + listing.outputTail().strip());
        }
        for (String path : PatchPaths.parseNumstat(readLog(listing))) {
            requireInside(path, patch);
        }
        List<String> apply = new ArrayList<>(List.of("apply", "--whitespace=nowarn"));
        if (reverse) {
            apply.add("-R");
        }
        apply.add(absolute.toString());
        ProcessResult applied = git("git-apply", apply);
        if (!applied.succeeded()) {
            throw StackBenchException.invalidInput("patch " + patch + " does not apply: " + applied.outputTail().strip());
        }
        // Links can only be judged once they exist: a chain of local-looking links may climb out.
        emptiedOnFailure(() -> WorkspaceLinks.describeEscapes(dir).ifPresent(escapes -> {
            throw StackBenchException.invalidInput("patch " + patch + " is refused: " + escapes);
        }));
    }

    /** Runs {@code step}; if it refuses the solution or breaks off, nothing of it (above all no link out) stays behind. */
    private void emptiedOnFailure(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            clear();
            throw e;
        }
    }

    /** Deletes everything in the workspace; links are removed, never followed. */
    private void clear() {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(Workspace::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty workspace " + dir, e);
        }
    }

    /**
     * Adds the owner's execute bit to {@code name} in {@code workspace} (as {@code File.setExecutable(true)}
     * does), but never through a link that leads out: the solution's own code (dependency
     * installs) runs before its server starts and may have planted one after the workspace was checked.
     *
     * @throws SolutionFailure when the file is not a regular file inside the workspace
     */
    public static void makeExecutable(Path workspace, String name) {
        Path file = workspace.resolve(name);
        Path real = WorkspaceLinks.realPathInside(workspace, file).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .orElseThrow(() -> new SolutionFailure(name + " is not a regular file inside the workspace"
                        + " (a link out of it, a dangling link or a directory); refused to make it executable"));
        try {
            // NOFOLLOW_LINKS: should the real path become a link after the check, chmod fails instead of following it.
            PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions = EnumSet.copyOf(view.readAttributes().permissions());
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            view.setPermissions(permissions);
        } catch (IOException e) {
            throw StackBenchException.unexpectedState("cannot make " + file + " executable: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes the workspace's content as a git patch against an empty tree, without dependencies or databases. */
    public void writePatch(Path out) {
        writePatch(out, Optional.empty());
    }

    /**
     * Writes the workspace's content as a git patch against {@code base} (a feature task's starting
     * tree) or, without one, against an empty tree; dependencies, caches and databases are left out
     * of both sides.
     */
    public void writePatch(Path out, Optional<Path> base) {
        Path gitDir = logs.resolve("snapshot.git");
        try {
            deleteTree(gitDir);
            Map<String, String> env = Map.of("GIT_DIR", gitDir.toString(), "GIT_WORK_TREE", dir.toString());
            requireGit(git("git-init", List.of("init", "-q"), env));
            // --force: the solution's own .gitignore must not hide files that were evaluated;
            // only StackBench's exclusions (dependencies, caches, databases) apply.
            List<String> add = new ArrayList<>(List.of("add", "-A", "--force", "--", "."));
            for (String pattern : PATCH_EXCLUDES) {
                add.add(":(exclude,glob)**/" + (pattern.endsWith("/") ? pattern + "**" : pattern));
            }
            List<String> diffArgs = new ArrayList<>(List.of("-c", "core.quotepath=off", "diff", "--cached", "--binary", "--no-color"));
            if (base.isPresent()) {
                // The base's tree first, as an object of its own; the workspace's index is then diffed against it.
                Path baseDir = base.get().toAbsolutePath().normalize();
                Map<String, String> baseEnv = Map.of("GIT_DIR", gitDir.toString(), "GIT_WORK_TREE", baseDir.toString());
                requireGit(git("git-add-base", add, baseEnv, baseDir));
                ProcessResult tree = git("git-write-tree", List.of("write-tree"), baseEnv, baseDir);
                requireGit(tree);
                diffArgs.add(readLog(tree).strip());
            }
            requireGit(git("git-add", add, env));
            ProcessResult diff = git("git-diff", diffArgs, env);
            requireGit(diff);
            Files.copy(diff.log(), out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write patch of " + dir, e);
        } finally {
            deleteTree(gitDir);
        }
    }

    /** Removes dependency folders (and links to cached ones) so the kept tree is the solution itself. */
    public void removeDependencyFolders() {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> doomed = new ArrayList<>();
            walk.filter(p -> DEPENDENCY_FOLDERS.contains(p.getFileName().toString()) && !p.equals(dir)).forEach(doomed::add);
            for (Path p : doomed) {
                if (Files.isSymbolicLink(p)) {
                    Files.deleteIfExists(p);
                } else {
                    deleteTree(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a half-removed cache folder does not change any result.
        }
    }

    /**
     * Deletes files matching the glob patterns anywhere in the workspace (e.g. stale SQLite files).
     * A matching link is removed itself: its target, maybe outside, is never touched.
     */
    public List<Path> deleteMatching(List<String> globs) {
        List<Path> deleted = new ArrayList<>();
        List<java.nio.file.PathMatcher> matchers = globs.stream()
                .map(g -> dir.getFileSystem().getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)).toList()) {
                if (matchers.stream().anyMatch(m -> m.matches(p.getFileName()))) {
                    Files.delete(p);
                    deleted.add(dir.relativize(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean workspace " + dir, e);
        }
        return deleted;
    }

    private void requireInside(String path, Path patch) {
        Path p = Path.of(path);
        Path resolved = dir.resolve(p).normalize();
        if (p.isAbsolute() || !resolved.startsWith(dir) || resolved.equals(dir)
                || Stream.of(path.split("/")).anyMatch(".git"::equals)) {
            throw StackBenchException.invalidInput("patch " + patch + " touches '" + path
                    + "', which is outside the workspace; refused");
        }
    }

    private ProcessResult git(String label, List<String> args) {
        return git(label, args, Map.of());
    }

    private ProcessResult git(String label, List<String> args, Map<String, String> env) {
        return git(label, args, env, dir);
    }

    private ProcessResult git(String label, List<String> args, Map<String, String> env, Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        // The ceiling keeps git from treating an enclosing repository (say, the results folder
        // inside a checkout) as the one to apply to.
        Map<String, String> vars = new java.util.HashMap<>(env);
        vars.put("GIT_CEILING_DIRECTORIES", dir.getParent().toString());
        return runner.run(ProcessSpec.tool(label, command, workingDirectory, logs.resolve(label + ".log"), GIT_TIMEOUT)
                .withEnvironment(vars));
    }

    private static void requireGit(ProcessResult result) {
        if (!result.succeeded()) {
            throw StackBenchException.unexpectedState(result.describeFailure());
        }
    }

    private static String readLog(ProcessResult result) {
        try {
            return Files.readString(result.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree (links are removed, never followed); absent is fine. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
