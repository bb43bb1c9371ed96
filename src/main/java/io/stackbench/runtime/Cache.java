package io.stackbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the dependency caches share: running an installer and noting a cache hit in the log. */
final class Cache {

    private Cache() {
    }

    /** Runs an installer with {@code env} as its whole environment: no key or setting of StackBench's reaches it. */
    static void run(ProcessLauncher launcher, String label, List<String> command, Path workDir,
                    Map<String, String> env, Path log, Duration timeout) {
        ProcessResult result = launcher.run(new ProcessSpec(label, command, workDir, env, false, log,
                ProcessSpec.DEFAULT_LOG_CAP, timeout, false));
        if (!result.succeeded()) {
            throw new SolutionFailure("dependency install failed: " + result.describeFailure(),
                    result.timedOut() ? java.util.Optional.of("time") : launcher.limitHit());
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void note(Path log, String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + log, e);
        }
    }
}
