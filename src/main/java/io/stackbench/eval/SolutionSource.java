package io.stackbench.eval;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a solution comes from: a directory tree, or a patch onto the task's base tree. */
public record SolutionSource(Kind kind, Path path) {

    /** How the solution is given. */
    public enum Kind { DIRECTORY, PATCH }

    /** A directory is taken as a tree, a file as a patch. */
    public static SolutionSource of(Path path) {
        if (Files.isDirectory(path)) {
            return new SolutionSource(Kind.DIRECTORY, path.toAbsolutePath().normalize());
        }
        if (Files.isRegularFile(path)) {
            return new SolutionSource(Kind.PATCH, path.toAbsolutePath().normalize());
        }
        throw StackBenchException.invalidInput("solution " + path + " is neither a directory nor a patch file");
    }
}
