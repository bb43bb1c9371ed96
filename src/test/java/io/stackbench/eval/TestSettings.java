package io.stackbench.eval;

import io.stackbench.core.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings for end-to-end tests: the checkout's references, the user's cache, a chosen health timeout. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("stackbench.repo", ".")).toAbsolutePath();
    }

    public static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("STACKBENCH_REFERENCES", repo().resolve("references").toString());
        return env;
    }

    public static Settings withHealthTimeout(Duration timeout) {
        return Settings.resolve(environment(), Optional.empty(), Optional.of(timeout));
    }
}
