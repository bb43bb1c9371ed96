package io.stackbench.verify;

import java.util.List;

/** Database: nothing of another database is left in what the service runs. */
@RuleInfo(id = "database.other-present", verifier = Dimension.DATABASE,
        summary = "No other database shows in the service's code, configuration or manifests (tests may use their own).")
final class OtherDatabasePresentRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Database required = requirements.database().orElseThrow();
        return project.databaseEvidence().stream()
                .filter(e -> e.database() != required && !e.testOnly())
                .map(e -> finding("the service must run on " + required.id() + ", but " + e.file() + " " + e.what()
                        + " (" + e.database().id() + ")", e.file(), e.line()))
                .toList();
    }
}
