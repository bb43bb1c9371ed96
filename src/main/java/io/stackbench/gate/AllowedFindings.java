package io.stackbench.gate;

import io.stackbench.verify.Finding;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the config file's {@code exceptions:}: findings of {@code rule} in files matching
 * one of {@code paths} (globs relative to the verified directory) are allowed, for {@code reason}.
 */
record AllowedFindings(String rule, List<String> paths, String reason) {

    AllowedFindings {
        Objects.requireNonNull(rule);
        paths = List.copyOf(paths);
        Objects.requireNonNull(reason);
    }

    boolean allows(Finding finding) {
        if (!finding.ruleId().equals(rule)) {
            return false;
        }
        Path file = Path.of(finding.file());
        return paths.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(file));
    }
}
