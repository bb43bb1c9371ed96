package io.stackbench.verify;

import java.util.List;

/** ORM: with an ORM required, code does not talk to the database driver directly. */
@RuleInfo(id = "orm.raw-driver", verifier = Dimension.ORM,
        summary = "Code does not call a database driver directly when an ORM is required.")
final class RawDriverRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Orm orm = requirements.orm().orElseThrow();
        // Without the ORM at all, orm.not-used is the root cause; the driver calls are its symptom.
        if (!OrmUsage.used(project, orm)) {
            return List.of();
        }
        return project.graph.edges().stream()
                .filter(e -> e.external().isPresent())
                .filter(e -> KnownPackages.driverDatabase(e.external().get(), e.from().endsWith(".py")).isPresent()
                        || KnownPackages.OTHER_RAW_DRIVERS.contains(e.external().get()))
                .map(e -> finding("imports the database driver '" + e.external().get() + "' directly; with " + orm.id()
                        + " required, data access goes through the ORM", e.from(), e.line()))
                .toList();
    }
}
