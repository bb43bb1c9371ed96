package io.stackbench.gate;

import io.stackbench.core.StackBenchException;
import io.stackbench.verify.Finding;
import io.stackbench.verify.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The files changed since a git ref, for {@code --changed-since}: committed and uncommitted
 * changes ({@code git diff --relative REF}) and untracked files, relative to the verified directory.
 */
final class ChangedFiles {

    /**
     * Rules whose findings are about the whole project (a layer or the database or the ORM
     * missing); they are anchored at line 1 of a manifest, which says nothing about what
     * changed, so {@code --changed-since} always keeps them.
     */
    /** Rules whose findings are about the whole project: kept whatever changed. */
    static final Set<String> PROJECT_WIDE_RULES = Verifier.catalogue().stream()
            .filter(Verifier.RuleDescription::projectWide).map(Verifier.RuleDescription::id).collect(Collectors.toUnmodifiableSet());

    private final Duration timeout;

    ChangedFiles(Duration timeout) {
        this.timeout = timeout;
    }

    /** True when {@code --changed-since} keeps {@code f}. */
    static boolean keeps(Set<String> changed, Finding f) {
        return PROJECT_WIDE_RULES.contains(f.ruleId()) || changed.contains(f.file());
    }

    Set<String> since(Path dir, String ref) {
        // A ref starting with a dash would be read by git as an option.
        if (ref.isBlank() || ref.startsWith("-")) {
            throw StackBenchException.invalidInput("--changed-since takes a git ref (a branch, tag or commit), got '" + ref + "'");
        }
        Set<String> changed = new TreeSet<>();
        changed.addAll(git(dir, ref, "diff", "--name-only", "--relative", "-z", ref, "--"));
        changed.addAll(git(dir, ref, "ls-files", "--others", "--exclude-standard", "-z"));
        return changed;
    }

    /** Runs git in {@code dir} without a shell; its NUL-separated output as paths. */
    private List<String> git(Path dir, String ref, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(Arrays.asList(args));
        String shown = "git " + String.join(" ", args);
        Path out = null;
        Path err = null;
        try {
            // Output goes to files, so neither stream can fill a pipe and block git.
            out = Files.createTempFile("stackbench-git", ".out");
            err = Files.createTempFile("stackbench-git", ".err");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw StackBenchException.invalidInput("--changed-since " + ref + ": '" + shown + "' in " + dir
                        + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw StackBenchException.invalidInput("--changed-since " + ref + ": '" + shown + "' in " + dir + " failed (exit "
                        + process.exitValue() + "): " + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return Arrays.stream(Files.readString(out, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw StackBenchException.environment("--changed-since needs git: cannot run '" + shown + "' in " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StackBenchException.unexpectedState("--changed-since: interrupted while running '" + shown + "'");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is harmless.
            }
        }
    }
}
