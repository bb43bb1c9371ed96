package io.stackbench.verify;

import java.util.List;

/** Database: the code or its manifests show the database the task requires. */
@RuleInfo(id = "database.required-missing", verifier = Dimension.DATABASE,
        summary = "The required database shows in code or manifests: a driver, a connection URL or a dialect setting.")
final class RequiredDatabaseMissingRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Database required = requirements.database().orElseThrow();
        boolean shown = project.databaseEvidence().stream().anyMatch(e -> e.database() == required);
        return shown ? List.of() : List.of(finding("no evidence of " + required.id()
                + " in code or manifests (no driver import, connection URL, dialect setting or driver dependency)", project.anchor(), 1));
    }
}
