package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;

/** Clean architecture: routes reach data only through services. */
final class RouteImportsRepositoryRule implements Rule {

    @Override
    public String id() {
        return "architecture.route-imports-repository";
    }

    @Override
    public String summary() {
        return "Routes reach repositories only through services, never by importing them.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String verifier() {
        return "architecture";
    }

    @Override
    public boolean appliesTo(Requirements requirements) {
        return requirements.cleanArchitecture();
    }

    @Override
    public List<Finding> check(Project project, Requirements requirements) {
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            boolean routeToRepository = edge.toFile().isPresent()
                    && Layer.of(edge.from()).filter(Layer.ROUTES::equals).isPresent()
                    && Layer.of(edge.toFile().get()).filter(Layer.REPOSITORIES::equals).isPresent();
            if (routeToRepository) {
                findings.add(finding("a route imports a repository directly: " + edge.from() + " imports "
                        + edge.toFile().get() + " ('" + edge.specifier() + "'); go through a service", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
