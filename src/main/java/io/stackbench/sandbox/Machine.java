package io.stackbench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What this machine offers for sandboxes: the programs they are built from, and the toolchain
 * directories (Python, Node) that sandboxed code must see read-only.
 *
 * @param toolchains directories outside {@code /usr} that hold the interpreters (e.g. a pyenv Python)
 * @param missing    what is lacking, each with how to get it; empty when sandboxes can be built
 */
record Machine(Map<String, Path> programs, List<Path> toolchains, List<String> missing) {

    /** The programs a sandbox is built from, and the Debian package of each. */
    static final Map<String, String> PROGRAMS = Map.of(
            "bwrap", "bubblewrap", "pasta", "passt", "nsenter", "util-linux", "setpriv", "util-linux",
            "prlimit", "util-linux", "curl", "curl", "cp", "coreutils", "sleep", "coreutils",
            "mount", "mount", "umount", "mount");

    Machine {
        programs = Map.copyOf(programs);
        toolchains = List.copyOf(toolchains);
        missing = List.copyOf(missing);
    }

    Path program(String name) {
        return programs.get(name);
    }

    /** Looks at this machine: the programs on {@code path}, root, cgroups, and where Python and Node live. */
    static Machine probe(String path) {
        List<String> missing = new ArrayList<>();
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            missing.add("Linux (sandboxes are built from Linux namespaces and cgroups; this is "
                    + System.getProperty("os.name") + ")");
            return new Machine(Map.of(), List.of(), missing);
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root: StackBench builds sandboxes as root, so that sandboxed code runs as an unprivileged user"
                    + " of its own (run StackBench as root, e.g. in a container or VM)");
        }
        Map<String, Path> found = new java.util.HashMap<>();
        Set<String> packages = new LinkedHashSet<>();
        for (var program : PROGRAMS.entrySet()) {
            Optional<Path> where = which(program.getKey(), path);
            where.ifPresentOrElse(p -> found.put(program.getKey(), p), () -> packages.add(program.getValue()));
        }
        if (!packages.isEmpty()) {
            missing.add("the programs of Debian's " + String.join(", ", packages) + " (scripts/install-machine-tools.sh"
                    + " installs them: apt-get install " + String.join(" ", packages) + ")");
        }
        Cgroup.missing().ifPresent(missing::add);
        if (!Files.isReadable(Path.of("/proc/self/ns/pid"))) {
            missing.add("namespaces (/proc/self/ns is not readable)");
        }
        return new Machine(found, toolchains(path), missing);
    }

    static Optional<Path> which(String program, String path) {
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The installation prefixes of the machine's Python and Node when they live outside
     * {@code /usr} (pyenv, nvm, /opt): virtualenvs link to their interpreter, so it must be visible.
     */
    private static List<Path> toolchains(String path) {
        Set<Path> roots = new LinkedHashSet<>();
        ask(path, "python3", "-c", "import sys; print(sys.base_prefix)").ifPresent(roots::add);
        which("node", path).map(Machine::realPath).map(p -> p.getParent().getParent()).ifPresent(roots::add);
        roots.removeIf(r -> r.startsWith("/usr") || r.equals(Path.of("/")));
        return List.copyOf(roots);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static Optional<Path> ask(String path, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PATH", path);
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && out.startsWith("/")) {
                return Optional.of(realPath(Path.of(out)));
            }
        } catch (IOException e) {
            // No such interpreter: nothing to make visible.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
