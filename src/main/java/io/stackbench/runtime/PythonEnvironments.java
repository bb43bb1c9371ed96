package io.stackbench.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Virtualenvs made by uv, one per distinct {@code requirements.txt} (and Python and uv version),
 * kept under the home directory. A second solution with the same requirements reuses the
 * environment and touches no network; uv's own cache makes a new combination cheap too.
 */
public final class PythonEnvironments implements DependencyInstaller {

    private final Toolchain tools;
    private final ProcessRunner runner;
    private final java.time.Duration timeout;

    public PythonEnvironments(Toolchain tools, ProcessRunner runner, java.time.Duration timeout) {
        this.tools = tools;
        this.runner = runner;
        this.timeout = timeout;
    }

    @Override
    public List<String> tools() {
        return List.of("python", "uv");
    }

    @Override
    public synchronized PreparedEnvironment prepare(Path workspace, Path installLog) {
        Path requirements = workspace.resolve("requirements.txt");
        if (!Files.isRegularFile(requirements)) {
            throw new SolutionFailure("mandatory file requirements.txt is missing");
        }
        String manifest = Cache.read(requirements);
        Map<String, String> versions = tools.versions(tools());
        String key = Hashes.sha256(manifest, versions.get("python"), versions.get("uv")).substring(0, 16);
        Path venv = tools.home().resolve("envs").resolve("python").resolve(key);
        boolean hit = CacheEntry.ensure(venv, dir -> install(dir, requirements, installLog));
        if (hit) {
            Cache.note(installLog, "cache hit: " + venv + " (requirements.txt unchanged); nothing installed");
        }
        return new PreparedEnvironment(Map.of(
                "VIRTUAL_ENV", venv.toString(),
                "PATH", venv.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), hit, venv);
    }

    private void install(Path venv, Path requirements, Path installLog) {
        Path uv = tools.uv();
        Map<String, String> env = tools.uvEnvironment();
        Cache.run(runner, "uv venv", List.of(uv.toString(), "venv", "--quiet", "--python", "python3", venv.toString()),
                requirements.getParent(), env, installLog.resolveSibling("install-venv.log"), timeout);
        Cache.run(runner, "uv pip install", List.of(uv.toString(), "pip", "install", "--python",
                        venv.resolve("bin").resolve("python").toString(), "-r", requirements.toString()),
                requirements.getParent(), env, installLog, timeout);
    }
}
