package io.stackbench.verify;

import java.util.List;
import java.util.Optional;

/** Database: the code or its configuration shows the database the task requires. */
@RuleInfo(id = "database.required-missing", verifier = Dimension.DATABASE, projectWide = true,
        summary = "The required database shows in code, configuration or manifests: a driver, a connection URL or a dialect setting.")
final class RequiredDatabaseMissingRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Database required = requirements.database().orElseThrow();
        List<DatabaseEvidence.Item> evidence = project.databaseEvidence();
        if (evidence.stream().anyMatch(e -> e.database() == required && !e.testOnly())) {
            return List.of();
        }
        Optional<DatabaseEvidence.Item> inTests = evidence.stream().filter(e -> e.database() == required).findFirst();
        String why = inTests.map(e -> "; only tests or development use it (" + e.file() + ":" + e.line() + " " + e.what() + ")")
                .orElse(" (no driver import, connection URL, dialect setting or driver dependency)");
        return List.of(finding("no evidence that the service runs on " + required.id() + why, project.anchor(), 1));
    }
}
