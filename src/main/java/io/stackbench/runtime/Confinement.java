package io.stackbench.runtime;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens a place where an installer runs a solution's dependency install, which executes the
 * solution's own code (build backends, npm scripts): it may read {@code readOnly}, write only
 * {@code writable}, and reach package registries.
 */
@FunctionalInterface
public interface Confinement {

    ProcessLauncher open(String label, List<Path> readOnly, List<Path> writable);
}
