package io.stackbench.sandbox;

import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A sandbox's namespaces bind-mounted to files under {@code /run/stackbench/ns/<sandbox>/}.
 * Commands, the grader and pasta enter the sandbox through these files, never through a pid:
 * once the sandbox's processes are gone a pid may belong to someone else, while a pinned
 * namespace stays the sandbox's own (and a PID namespace whose init died admits no one).
 */
final class NamespacePins {

    static final Path ROOT = Path.of("/run/stackbench/ns");
    private static final List<String> KINDS = List.of("pid", "mnt", "net", "ipc", "uts");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Path dir;

    private NamespacePins(Path dir) {
        this.dir = dir;
    }

    /** Pins the namespaces of process {@code pid}. */
    static NamespacePins pin(String name, long pid, ProcessRunner runner, Path logDir) {
        NamespacePins pins = new NamespacePins(ROOT.resolve(name));
        try {
            Files.createDirectories(pins.dir);
            for (String kind : KINDS) {
                Files.writeString(pins.file(kind), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + pins.dir, e);
        }
        ProcessResult pinned = runner.run(ProcessSpec.tool("pin of namespaces", List.of("sh", "-c",
                "for kind in " + String.join(" ", KINDS) + "; do mount --bind \"/proc/$0/ns/$kind\" \"$1/$kind\" || exit 1; done",
                Long.toString(pid), pins.dir.toString()), logDir, logDir.resolve("pin.log"), TIMEOUT));
        if (!pinned.succeeded()) {
            pins.release(runner, logDir);
            throw StackBenchException.environment("cannot pin the namespaces of sandbox " + name + ": " + pinned.describeFailure());
        }
        return pins;
    }

    /** The pinned namespace of one kind: {@code pid}, {@code mnt}, {@code net}, {@code ipc} or {@code uts}. */
    Path file(String kind) {
        return dir.resolve(kind);
    }

    /** Unmounts the pins (lazily, should something still be inside) and removes their folder. */
    void release(ProcessRunner runner, Path logDir) {
        runner.run(ProcessSpec.tool("release of namespaces", List.of("sh", "-c",
                "for kind in " + String.join(" ", KINDS) + "; do umount -l \"$0/$kind\" 2>/dev/null; done; true",
                dir.toString()), logDir, logDir.resolve("unpin.log"), TIMEOUT));
        Workspace.deleteTree(dir);
    }

    /** Releases the pins of sandboxes whose StackBench is gone. */
    static void releaseStale(ProcessRunner runner, Path logDir) {
        SandboxNames.stale(ROOT).forEach(dir -> new NamespacePins(dir).release(runner, logDir));
    }
}
