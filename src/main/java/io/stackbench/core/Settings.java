package io.stackbench.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one StackBench invocation, filled the same way by the CLI and by code.
 * {@link #resolve} is the one place where an explicit value, the environment and the
 * {@link Defaults} are combined.
 *
 * @param home tool and dependency caches ({@code STACKBENCH_HOME})
 * @param references the reference solutions the oracle agent materialises ({@code STACKBENCH_REFERENCES})
 * @param postgresUrl an external PostgreSQL admin connection; empty means embedded
 * @param isolation   whether untrusted code runs sealed in a sandbox ({@code STACKBENCH_ISOLATION})
 * @param limits      what one sandboxed run may use
 * @param registryProxy an HTTP proxy through which installs and agents reach package registries
 *                      ({@code --registry-proxy}, {@code STACKBENCH_REGISTRY_PROXY}); it overrides
 *                      the machine's {@code HTTPS_PROXY}/{@code HTTP_PROXY} for them
 */
public record Settings(
        Path home,
        Path references,
        Optional<String> postgresUrl,
        Duration healthTimeout,
        Duration installTimeout,
        Duration suiteTimeout,
        long logCapBytes,
        Isolation isolation,
        ResourceLimits limits,
        Optional<String> registryProxy) {

    public Settings {
        Objects.requireNonNull(home);
        Objects.requireNonNull(references);
        Objects.requireNonNull(postgresUrl);
        Objects.requireNonNull(healthTimeout);
        Objects.requireNonNull(installTimeout);
        Objects.requireNonNull(suiteTimeout);
        Objects.requireNonNull(isolation);
        Objects.requireNonNull(limits);
        Objects.requireNonNull(registryProxy);
    }

    /** Settings without a registry proxy of StackBench's own. */
    public Settings(Path home, Path references, Optional<String> postgresUrl, Duration healthTimeout, Duration installTimeout,
                    Duration suiteTimeout, long logCapBytes, Isolation isolation, ResourceLimits limits) {
        this(home, references, postgresUrl, healthTimeout, installTimeout, suiteTimeout, logCapBytes, isolation, limits,
                Optional.empty());
    }

    /** The same settings with installs and agents reaching package registries through {@code proxy}. */
    public Settings withRegistryProxy(Optional<String> proxy) {
        return new Settings(home, references, postgresUrl, healthTimeout, installTimeout, suiteTimeout, logCapBytes, isolation,
                limits, proxy.filter(p -> !p.isBlank()));
    }

    public Settings withIsolation(Isolation chosen) {
        return new Settings(home, references, postgresUrl, healthTimeout, installTimeout, suiteTimeout, logCapBytes, chosen, limits,
                registryProxy);
    }

    public Settings withLimits(ResourceLimits chosen) {
        return new Settings(home, references, postgresUrl, healthTimeout, installTimeout, suiteTimeout, logCapBytes, isolation, chosen,
                registryProxy);
    }

    /** Settings from the environment and defaults only. */
    public static Settings fromEnvironment() {
        return resolve(System.getenv(), Optional.empty(), Optional.empty());
    }

    /**
     * Explicit values win over the environment, which wins over the defaults.
     */
    public static Settings resolve(Map<String, String> env, Optional<String> postgresUrl, Optional<Duration> healthTimeout) {
        Path home = Optional.ofNullable(env.get("STACKBENCH_HOME")).filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "stackbench"));
        Path references = Optional.ofNullable(env.get("STACKBENCH_REFERENCES")).filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(Settings::findReferences);
        Optional<String> pg = postgresUrl.or(() -> Optional.ofNullable(env.get("STACKBENCH_POSTGRES_URL")))
                .filter(s -> !s.isBlank());
        return new Settings(home.toAbsolutePath(), references.toAbsolutePath(), pg,
                healthTimeout.orElse(Defaults.HEALTH_TIMEOUT),
                Defaults.INSTALL_TIMEOUT, Defaults.SUITE_TIMEOUT, Defaults.LOG_CAP_BYTES,
                Optional.ofNullable(env.get("STACKBENCH_ISOLATION")).filter(s -> !s.isBlank()).map(Isolation::parse)
                        .orElse(Isolation.SANDBOX), ResourceLimits.defaults(),
                Optional.ofNullable(env.get("STACKBENCH_REGISTRY_PROXY")).filter(s -> !s.isBlank()));
    }

    /** {@code references/} of the checkout the running jar was built in, else of the working directory. */
    private static Path findReferences() {
        try {
            Path jar = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/stackbench.jar or target/classes → the checkout root is two levels up.
            Path candidate = jar.getParent().getParent().resolve("references");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        } catch (Exception e) {
            // Fall through to the working directory.
        }
        return Path.of("references");
    }
}
