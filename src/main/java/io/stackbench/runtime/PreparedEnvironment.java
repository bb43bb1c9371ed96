package io.stackbench.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Installed dependencies of one solution.
 *
 * @param variables environment variables that put the dependencies in reach of {@code run.sh}
 * @param cacheHit true when nothing was installed because the cache already held them
 * @param location the cache entry
 */
public record PreparedEnvironment(Map<String, String> variables, boolean cacheHit, Path location) {

    public PreparedEnvironment {
        variables = Map.copyOf(variables);
    }
}
