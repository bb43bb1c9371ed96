package io.stackbench.verify;

import io.stackbench.task.Constraint;
import java.util.List;

/** ORM: with an ORM required, code does not talk to the database driver directly. */
final class RawDriverRule implements Rule {

    @Override
    public String id() {
        return "orm.raw-driver";
    }

    @Override
    public String summary() {
        return "Code does not call a database driver directly when an ORM is required.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String verifier() {
        return "orm";
    }

    @Override
    public boolean appliesTo(Requirements requirements) {
        return requirements.orm().isPresent();
    }

    @Override
    public List<Finding> check(Project project, Requirements requirements) {
        Constraint orm = requirements.orm().orElseThrow();
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
