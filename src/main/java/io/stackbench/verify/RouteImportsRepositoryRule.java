package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clean architecture: routes reach data only through services, neither importing repositories nor querying themselves. */
@RuleInfo(id = "architecture.route-imports-repository", verifier = Dimension.ARCHITECTURE,
        summary = "Routes reach data only through services: they neither import repositories nor run queries themselves.")
final class RouteImportsRepositoryRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Layering layering = project.layering(requirements.layerFolders());
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            Optional<Layering.Placement> from = layering.of(edge.from());
            Optional<Layering.Placement> to = edge.toFile().flatMap(layering::of);
            if (from.filter(p -> p.layer() == Layer.ROUTES).isPresent() && to.filter(p -> p.layer() == Layer.REPOSITORIES).isPresent()) {
                findings.add(finding("a route imports data access directly: " + from.get().describe(edge.from()) + " imports "
                        + to.get().describe(edge.toFile().get()) + " ('" + edge.specifier() + "'); go through a service",
                        edge.from(), edge.line()));
            }
        }
        for (ModuleFacts module : project.modules) {
            if (layering.of(module.path()).filter(p -> p.layer() == Layer.ROUTES).isEmpty()) {
                continue;
            }
            for (ModuleFacts.Call call : module.calls()) {
                if (Layering.isQuery(call, module.language().isPython())) {
                    findings.add(finding("a route runs a query itself: " + call.callee() + "(…) in " + module.path()
                            + "; move data access to a repository and call it through a service", module.path(), call.line()));
                    break;
                }
            }
        }
        return findings;
    }
}
