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
    private final java.time.Duration timeout;
    private final Confinement confinement;

    /** @param confinement where installs run: they execute the solution's code (build backends) */
    public PythonEnvironments(Toolchain tools, java.time.Duration timeout, Confinement confinement) {
        this.tools = tools;
        this.timeout = timeout;
        this.confinement = confinement;
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
                "PATH", venv.resolve("bin") + ":" + tools.python().getParent() + ":/usr/local/bin:/usr/bin:/bin"),
                hit, venv, Map.of(venv, venv));
    }

    /**
     * uv makes the virtualenv and installs into it, confined: the solution read-only, only the
     * new environment and a private uv cache writable (a shared cache written by a build backend
     * would poison later installs), and no variable of StackBench's own.
     */
    private void install(Path venv, Path requirements, Path installLog) throws java.io.IOException {
        Path uv = tools.verifiedUv().path();
        Path cache = java.nio.file.Files.createTempDirectory(tools.home(), "uv-cache-");
        Map<String, String> env = new java.util.HashMap<>(tools.registry());
        env.putAll(tools.uvEnvironment());
        env.put("UV_CACHE_DIR", cache.toString());
        env.put("HOME", cache.toString());
        env.put("PATH", tools.python().getParent() + ":/usr/local/bin:/usr/bin:/bin");
        try (ProcessLauncher place = confinement.open("install of " + requirements.getParent().getFileName(),
                List.of(requirements.getParent(), tools.uvInstall()), List.of(venv, cache))) {
            Cache.run(place, "uv venv", List.of(uv.toString(), "venv", "--quiet", "--python", tools.python().toString(),
                    venv.toString()), requirements.getParent(), env, installLog.resolveSibling("install-venv.log"), timeout);
            Cache.run(place, "uv pip install", List.of(uv.toString(), "pip", "install", "--python",
                            venv.resolve("bin").resolve("python").toString(), "-r", requirements.toString()),
                    requirements.getParent(), env, installLog, timeout);
        } finally {
            Workspace.deleteTree(cache);
        }
    }
}
