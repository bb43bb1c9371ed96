package io.stackbench.report;

import io.stackbench.diagnose.Diagnosis;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluated run found in a results tree.
 *
 * @param dir the run directory, absolute, so links can be made relative to wherever a report goes
 * @param number the {@code n} of {@code run_<n>}
 * @param diagnosis why the run failed, from the {@code diagnosis.json} that {@code stackbench diagnose}
 *     wrote beside its {@code result.json}; empty for a run that succeeded or was not diagnosed
 */
public record Run(Configuration configuration, int number, Path dir, RunResult result, Optional<Diagnosis> diagnosis) {

    public Run {
        Objects.requireNonNull(configuration);
        dir = dir.toAbsolutePath().normalize();
        Objects.requireNonNull(result);
        Objects.requireNonNull(diagnosis);
    }

    /** A run without a diagnosis. */
    public Run(Configuration configuration, int number, Path dir, RunResult result) {
        this(configuration, number, dir, result, Optional.empty());
    }

    public String taskId() {
        return result.task().id();
    }

    /** Whether the run is of a greenfield task (results from before feature tasks all are): the study's tables count only these. */
    public boolean greenfield() {
        return Task.Kind.GREENFIELD.id().equals(result.task().kind());
    }

    /** Whether the run is of a feature task, which the report shows apart from the study's tables. */
    public boolean featureTask() {
        return Task.Kind.FEATURE.id().equals(result.task().kind());
    }
}
