package io.stackbench.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Installed dependencies of one solution.
 *
 * @param variables environment variables that put the dependencies in reach of {@code run.sh}
 * @param cacheHit true when nothing was installed because the cache already held them
 * @param location the cache entry
 * @param mounts where the server must see parts of the entry, read-only: target path → cache path
 *               (a sandbox binds them; on the host, a target elsewhere than its source becomes a link)
 */
public record PreparedEnvironment(Map<String, String> variables, boolean cacheHit, Path location, Map<Path, Path> mounts) {

    public PreparedEnvironment {
        variables = Map.copyOf(variables);
        mounts = Map.copyOf(mounts);
    }
}
