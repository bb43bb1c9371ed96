package io.stackbench.verify;

import java.util.List;

/** Database: nothing of another database is left in the solution. */
@RuleInfo(id = "database.other-present", verifier = Dimension.DATABASE,
        summary = "No other database shows in code or manifests.")
final class OtherDatabasePresentRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Database required = requirements.database().orElseThrow();
        return project.databaseEvidence().stream()
                .filter(e -> e.database() != required)
                .map(e -> finding("the task requires " + required.id() + ", but " + e.file() + " " + e.what()
                        + " (" + e.database().id() + ")", e.file(), e.line()))
                .toList();
    }
}
