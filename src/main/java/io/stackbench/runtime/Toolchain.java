package io.stackbench.runtime;

import io.stackbench.core.Defaults;
import io.stackbench.core.Resources;
import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The external tools StackBench runs (uv, newman, Python, Node, git), installed on first use into
 * the home directory at pinned versions, and their versions for run results.
 */
public final class Toolchain {

    private static final Duration TOOL_INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final ProcessRunner runner;
    private final Map<String, String> versions = new LinkedHashMap<>();

    public Toolchain(Path home, ProcessRunner runner) {
        this.home = home;
        this.runner = runner;
    }

    public Path home() {
        return home;
    }

    /** The pinned uv binary, installed from PyPI into a tool virtualenv when missing. */
    /**
     * The environment every uv command runs with: StackBench's own cache, and Python from the
     * machine only, since uv must never fetch an interpreter of its own.
     */
    public Map<String, String> uvEnvironment() {
        return Map.of("UV_CACHE_DIR", home.resolve("cache").resolve("uv").toString(),
                "UV_PYTHON_DOWNLOADS", "never", "UV_NO_PROGRESS", "1");
    }

    public synchronized Path uv() {
        Path venv = home.resolve("tools").resolve("uv-" + Defaults.UV_VERSION);
        CacheEntry.ensure(venv, dir -> {
            Path log = home.resolve("tools").resolve("uv-install.log");
            install(List.of("python3", "-m", "venv", dir.toString()), log);
            install(List.of(dir.resolve("bin").resolve("pip").toString(), "install", "--quiet",
                    "--disable-pip-version-check", "uv==" + Defaults.UV_VERSION), log);
        });
        return venv.resolve("bin").resolve("uv");
    }

    /** newman's entry script, installed with {@code npm ci} from the lockfile shipped in the jar. */
    public synchronized Path newman() {
        String lock = Resources.text(Toolchain.class, "newman/package-lock.json");
        Path dir = home.resolve("tools").resolve("newman-" + Hashes.sha256(lock).substring(0, 12));
        CacheEntry.ensure(dir, entry -> {
            Files.writeString(entry.resolve("package.json"), Resources.text(Toolchain.class, "newman/package.json"));
            Files.writeString(entry.resolve("package-lock.json"), lock);
            install(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", entry.toString()),
                    home.resolve("tools").resolve("newman-install.log"));
        });
        return dir.resolve("node_modules").resolve("newman").resolve("bin").resolve("newman.js");
    }

    /** Versions of the tools that took part, for run results; each is asked once per process. */
    public synchronized Map<String, String> versions(List<String> tools) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String tool : tools) {
            out.put(tool, versions.computeIfAbsent(tool, this::askVersion));
        }
        return out;
    }

    private String askVersion(String tool) {
        List<String> command = switch (tool) {
            case "uv" -> List.of(uv().toString(), "--version");
            case "newman" -> List.of("node", newman().toString(), "--version");
            case "python" -> List.of("python3", "--version");
            case "node" -> List.of("node", "--version");
            case "npm" -> List.of("npm", "--version");
            case "git" -> List.of("git", "--version");
            default -> throw StackBenchException.internal("no version query for tool " + tool, null);
        };
        Path log = home.resolve("tools").resolve("version-" + tool + ".log");
        ProcessResult result = runner.run(ProcessSpec.tool("version of " + tool, command, home, log, VERSION_TIMEOUT));
        return result.succeeded() ? result.outputTail().strip() : "unknown (" + result.describeFailure() + ")";
    }

    private void install(List<String> command, Path log) {
        ProcessResult result = runner.run(ProcessSpec.tool("install of " + command.get(command.size() - 1), command,
                home, log, TOOL_INSTALL_TIMEOUT));
        if (!result.succeeded()) {
            throw StackBenchException.environment("cannot install a tool StackBench needs: " + result.describeFailure());
        }
    }
}
