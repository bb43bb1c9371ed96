package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;

/** Clean architecture: routes reach data only through services. */
@RuleInfo(id = "architecture.route-imports-repository", verifier = Dimension.ARCHITECTURE,
        summary = "Routes reach repositories only through services, never by importing them.")
final class RouteImportsRepositoryRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            boolean routeToRepository = edge.toFile().isPresent()
                    && Layer.of(edge.from(), requirements.layerFolders()).filter(Layer.ROUTES::equals).isPresent()
                    && Layer.of(edge.toFile().get(), requirements.layerFolders()).filter(Layer.REPOSITORIES::equals).isPresent();
            if (routeToRepository) {
                findings.add(finding("a route imports a repository directly: " + edge.from() + " imports "
                        + edge.toFile().get() + " ('" + edge.specifier() + "'); go through a service", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
