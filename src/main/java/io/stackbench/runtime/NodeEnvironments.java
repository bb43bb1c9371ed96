package io.stackbench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code node_modules} trees installed by npm, one per distinct {@code package.json} and lockfile
 * (and Node and npm version), kept under the home directory and linked into each workspace.
 * A second solution with the same manifest reuses the tree: no network, no native rebuild.
 */
public final class NodeEnvironments implements DependencyInstaller {

    private final Toolchain tools;
    private final java.time.Duration timeout;
    private final Confinement confinement;

    /** @param confinement where installs run: they execute the packages' and the solution's install scripts */
    public NodeEnvironments(Toolchain tools, java.time.Duration timeout, Confinement confinement) {
        this.tools = tools;
        this.timeout = timeout;
        this.confinement = confinement;
    }

    @Override
    public List<String> tools() {
        return List.of("node", "npm");
    }

    @Override
    public synchronized PreparedEnvironment prepare(Path workspace, Path installLog) {
        Path manifest = workspace.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            throw new SolutionFailure("mandatory file package.json is missing");
        }
        Path lockfile = workspace.resolve("package-lock.json");
        Map<String, String> versions = tools.versions(tools());
        String key = Hashes.sha256(Cache.read(manifest), Files.isRegularFile(lockfile) ? Cache.read(lockfile) : "",
                versions.get("node"), versions.get("npm")).substring(0, 16);
        Path entry = tools.home().resolve("envs").resolve("node").resolve(key);
        boolean hit = CacheEntry.ensure(entry, dir -> install(dir, manifest, lockfile, installLog));
        if (hit) {
            Cache.note(installLog, "cache hit: " + entry + " (package.json and lockfile unchanged); nothing installed");
        }
        return new PreparedEnvironment(Map.of("PATH", workspace.resolve("node_modules").resolve(".bin") + ":"
                + "/usr/local/bin:/usr/bin:/bin"), hit, entry,
                Map.of(workspace.resolve("node_modules"), entry.resolve("node_modules")));
    }

    private void install(Path entry, Path manifest, Path lockfile, Path installLog) throws IOException {
        Files.copy(manifest, entry.resolve("package.json"));
        boolean locked = Files.isRegularFile(lockfile);
        if (locked) {
            Files.copy(lockfile, entry.resolve("package-lock.json"));
        }
        List<String> command = new ArrayList<>(List.of("npm", locked ? "ci" : "install", "--no-audit", "--no-fund"));
        // A private npm cache: install scripts run inside, and a shared cache they could write
        // would poison later installs.
        Path cache = Files.createTempDirectory(tools.home(), "npm-cache-");
        Map<String, String> env = new java.util.HashMap<>(tools.registry());
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", cache.toString());
        env.put("npm_config_cache", cache.resolve("npm").toString());
        env.put("npm_config_update_notifier", "false");
        // Native modules (sqlite3) fall back to a source build when their prebuilt binary
        // cannot be downloaded; node-gyp then needs headers, which Debian's nodejs ships.
        if (System.getenv("npm_config_nodedir") == null && Files.isRegularFile(Path.of("/usr/include/node/node_api.h"))) {
            env.put("npm_config_nodedir", "/usr");
        }
        try (ProcessLauncher place = confinement.open("install of " + manifest.getParent().getFileName(),
                List.of(), List.of(entry, cache))) {
            Cache.run(place, "npm " + command.get(1), command, entry, env, installLog, timeout);
        } finally {
            Workspace.deleteTree(cache);
        }
        Files.createDirectories(entry.resolve("node_modules"));
    }
}
