package io.stackbench.runtime;

import java.nio.file.Path;

/** Installs a solution's dependencies, cached by a hash of its manifest, lockfile and runtime. */
public interface DependencyInstaller {

    /**
     * Makes the solution's dependencies available; output goes to {@code installLog}.
     *
     * @throws SolutionFailure when the manifest is missing or the install fails
     */
    PreparedEnvironment prepare(Path workspace, Path installLog);

    /** The tool names whose versions the run result records. */
    java.util.List<String> tools();
}
