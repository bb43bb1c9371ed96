package io.stackbench.verify;

import io.stackbench.task.Constraint;
import java.util.List;

/** Database: the code or its manifests show the database the task requires. */
final class RequiredDatabaseMissingRule implements Rule {

    @Override
    public String id() {
        return "database.required-missing";
    }

    @Override
    public String summary() {
        return "The required database shows in code or manifests: a driver, a connection URL or a dialect setting.";
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
        boolean shown = DatabaseEvidence.collect(project).stream().anyMatch(e -> e.database() == required);
        return shown ? List.of() : List.of(finding("no evidence of " + required.id()
                + " in code or manifests (no driver import, connection URL, dialect setting or driver dependency)", project.anchor(), 1));
    }
}
