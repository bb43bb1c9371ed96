package io.stackbench.verify;

import java.util.List;
import java.util.Map;

/** ORM: the code really uses the required ORM; naming it in a manifest or a comment is not using it. */
@RuleInfo(id = "orm.not-used", verifier = Dimension.ORM, projectWide = true,
        summary = "The required ORM is imported and used by the code, not only declared as a dependency.")
final class OrmNotUsedRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Orm orm = requirements.orm().orElseThrow();
        if (OrmUsage.used(project, orm)) {
            return List.of();
        }
        for (Manifest manifest : project.manifests) {
            for (Map.Entry<String, Integer> dep : manifest.packages().entrySet()) {
                if (orm.distributions().contains(dep.getKey())) {
                    return List.of(finding(orm.id() + " is declared in " + manifest.path()
                            + " but no code imports it: data access does not go through the ORM", manifest.path(), dep.getValue()));
                }
            }
        }
        return List.of(finding("no code imports " + orm.id() + ": data access does not go through the required ORM",
                project.anchor(), 1));
    }
}
