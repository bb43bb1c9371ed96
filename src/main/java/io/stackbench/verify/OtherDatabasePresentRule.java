package io.stackbench.verify;

import io.stackbench.task.Constraint;
import java.util.List;

/** Database: nothing of another database is left in the solution. */
final class OtherDatabasePresentRule implements Rule {

    @Override
    public String id() {
        return "database.other-present";
    }

    @Override
    public String summary() {
        return "No other database shows in code or manifests.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String verifier() {
        return "database";
    }

    @Override
    public boolean appliesTo(Requirements requirements) {
        return requirements.database().isPresent();
    }

    @Override
    public List<Finding> check(Project project, Requirements requirements) {
        Constraint required = requirements.database().orElseThrow();
        return DatabaseEvidence.collect(project).stream()
                .filter(e -> e.database() != required)
                .map(e -> finding("the task requires " + required.id() + ", but " + e.file() + " " + e.what()
                        + " (" + e.database().id() + ")", e.file(), e.line()))
                .toList();
    }
}
