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
    private final java.util.Optional<String> registryProxy;
    private Path python;

    public Toolchain(Path home, ProcessRunner runner) {
        this(home, runner, java.util.Optional.empty());
    }

    /** @param registryProxy an HTTP proxy for package registries that overrides the machine's */
    public Toolchain(Path home, ProcessRunner runner, java.util.Optional<String> registryProxy) {
        this.home = home;
        this.runner = runner;
        this.registryProxy = registryProxy;
    }

    /** {@link #registryEnvironment(java.util.Optional)} with this toolchain's proxy. */
    public Map<String, String> registry() {
        return registryEnvironment(registryProxy);
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

    /**
     * The machine's settings for reaching package registries (CA bundles, proxies, mirrors):
     * installs and agents need them to work where TLS is intercepted or registries are mirrored.
     * They are configuration, not keys; nothing else of StackBench's environment is passed on.
     */
    public static Map<String, String> registryEnvironment() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String name : REGISTRY_VARIABLES) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                out.put(name, value);
            }
        }
        return out;
    }

    /**
     * The machine's registry settings, with {@code proxy} (when given) as the HTTP and HTTPS
     * proxy of npm, uv and pip.
     */
    public static Map<String, String> registryEnvironment(java.util.Optional<String> proxy) {
        Map<String, String> out = registryEnvironment();
        proxy.ifPresent(url -> PROXY_VARIABLES.forEach(name -> out.put(name, url)));
        return out;
    }

    /**
     * The ports of the host's loopback that registry settings point at (a local proxy or mirror):
     * sealed installs and agents must reach them, or their installs would fail.
     */
    public static List<Integer> loopbackPorts(Map<String, String> registry) {
        java.util.Set<Integer> ports = new java.util.TreeSet<>();
        for (String value : registry.values()) {
            try {
                java.net.URI uri = java.net.URI.create(value.strip());
                String host = uri.getHost();
                if (host != null && uri.getPort() > 0 && (host.equals("localhost") || host.equals("127.0.0.1")
                        || host.equals("[::1]") || host.equals("::1"))) {
                    ports.add(uri.getPort());
                }
            } catch (IllegalArgumentException e) {
                // Not a URL (a CA file, a host list): nothing to reach.
            }
        }
        return List.copyOf(ports);
    }

    private static final List<String> PROXY_VARIABLES = List.of("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy");

    private static final List<String> REGISTRY_VARIABLES = List.of(
            "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NODE_EXTRA_CA_CERTS",
            "PIP_CERT", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "UV_INDEX_URL", "UV_DEFAULT_INDEX", "UV_EXTRA_INDEX_URL",
            "UV_NATIVE_TLS", "npm_config_registry", "NPM_CONFIG_REGISTRY", "npm_config_cafile", "NPM_CONFIG_CAFILE",
            "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy");

    public synchronized Path uv() {
        return uvInstall().resolve("bin").resolve("uv");
    }

    /** The tool virtualenv uv lives in; installs see it read-only. */
    public synchronized Path uvInstall() {
        Path venv = home.resolve("tools").resolve("uv-" + Defaults.UV_VERSION);
        CacheEntry.ensure(venv, dir -> {
            Path log = home.resolve("tools").resolve("uv-install.log");
            install(List.of("python3", "-m", "venv", dir.toString()), log);
            install(List.of(dir.resolve("bin").resolve("pip").toString(), "install", "--quiet",
                    "--disable-pip-version-check", "uv==" + Defaults.UV_VERSION), log);
            Files.writeString(recordedHash(dir), fileHash(dir.resolve("bin").resolve("uv")));
        });
        return venv;
    }

    /**
     * The machine's Python interpreter by its real path (not a pyenv shim): virtualenvs are made
     * from it, and a sandbox sees its installation read-only.
     */
    public synchronized Path python() {
        if (python == null) {
            Path log = home.resolve("tools").resolve("python-path.log");
            ProcessResult result = runner.run(ProcessSpec.tool("path of python3", List.of("python3", "-c",
                    "import os, sys; print(os.path.realpath(sys.executable))"), home, log, VERSION_TIMEOUT));
            if (!result.succeeded()) {
                throw StackBenchException.environment("cannot find the machine's python3: " + result.describeFailure());
            }
            python = Path.of(result.outputTail().strip());
        }
        return python;
    }

    /**
     * newman's entry script, after checking that its install is byte for byte what was installed
     * (the hash written at install time): a tampered grader must not score anything.
     *
     * @return the script and the hash of the install that will run
     */
    public synchronized VerifiedTool verifiedNewman() {
        Path script = newman();
        Path dir = script.getParent().getParent().getParent().getParent();
        return new VerifiedTool(script, verify("newman", dir, Hashes.tree(dir.resolve("node_modules"))));
    }

    /** uv, checked like {@link #verifiedNewman()} (its binary) before an install runs it. */
    public synchronized VerifiedTool verifiedUv() {
        Path uv = uv();
        return new VerifiedTool(uv, verify("uv", uvInstall(), fileHash(uv)));
    }

    /**
     * Compares a tool's hash now with the one written beside its install when it was installed.
     *
     * @return the hash
     */
    private static String verify(String tool, Path dir, String actual) {
        Path recorded = recordedHash(dir);
        String expected;
        try {
            if (!Files.isRegularFile(recorded)) {
                // Installed by a StackBench from before hashes were kept: trust it once, as installed.
                Files.writeString(recorded, actual);
            }
            expected = Files.readString(recorded).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + recorded, e);
        }
        if (!expected.equals(actual)) {
            throw StackBenchException.unexpectedState(tool + " under " + dir + " changed since it was installed (sha256 "
                    + actual.substring(0, 12) + ", installed " + expected.substring(0, Math.min(12, expected.length()))
                    + "); delete that directory to reinstall it");
        }
        return actual;
    }

    private static Path recordedHash(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".sha256");
    }

    private static String fileHash(Path file) {
        try {
            return Hashes.file(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A tool checked against the hash of its install just before use. */
    public record VerifiedTool(Path path, String sha256) {
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
            Files.writeString(recordedHash(entry), Hashes.tree(entry.resolve("node_modules")));
        });
        return dir.resolve("node_modules").resolve("newman").resolve("bin").resolve("newman.js");
    }

    /**
     * A pinned set of npm packages ({@code package.json} and its lockfile), installed with
     * {@code npm ci} on first use under {@code tools/<name>-<hash of the lockfile>}; a changed
     * lockfile is a new install, never an update in place.
     */
    public synchronized Path npmPackages(String name, String packageJson, String lock) {
        Path dir = home.resolve("tools").resolve(name + "-" + Hashes.sha256(packageJson + lock).substring(0, 12));
        CacheEntry.ensure(dir, entry -> {
            Files.writeString(entry.resolve("package.json"), packageJson);
            Files.writeString(entry.resolve("package-lock.json"), lock);
            install(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", entry.toString()),
                    home.resolve("tools").resolve(name + "-install.log"));
        });
        return dir;
    }

    /**
     * A pinned set of Python packages (a {@code requirements.txt} with hashes), installed on first
     * use into the virtualenv {@code tools/<name>-<hash>/venv} with uv, every hash checked.
     */
    public synchronized Path pythonPackages(String name, String requirements) {
        Path dir = home.resolve("tools").resolve(name + "-" + Hashes.sha256(requirements).substring(0, 12));
        Path uv = uv();
        Path interpreter = python();
        CacheEntry.ensure(dir, entry -> {
            Path file = entry.resolve("requirements.txt");
            Files.writeString(file, requirements);
            Path venv = entry.resolve("venv");
            Path log = home.resolve("tools").resolve(name + "-install.log");
            install(List.of(uv.toString(), "venv", "--quiet", "--python", interpreter.toString(), venv.toString()), log,
                    uvEnvironment());
            install(List.of(uv.toString(), "pip", "sync", "--quiet", "--require-hashes", "--python",
                    venv.resolve("bin").resolve("python").toString(), file.toString()), log, uvEnvironment());
        });
        return dir.resolve("venv");
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
        install(command, log, Map.of());
    }

    /** Runs one install step with {@code env} over StackBench's environment; a failed step stops StackBench. */
    private void install(List<String> command, Path log, Map<String, String> env) {
        ProcessResult result = runner.run(ProcessSpec.tool("install of " + command.get(command.size() - 1), command,
                home, log, TOOL_INSTALL_TIMEOUT).withEnvironment(env));
        if (!result.succeeded()) {
            throw StackBenchException.environment("cannot install a tool StackBench needs: " + result.describeFailure());
        }
    }
}
