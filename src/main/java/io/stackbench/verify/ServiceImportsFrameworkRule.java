package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;

/** Clean architecture: services hold business rules and know nothing of HTTP. */
final class ServiceImportsFrameworkRule implements Rule {

    @Override
    public String id() {
        return "architecture.service-imports-framework";
    }

    @Override
    public String summary() {
        return "Services do not import the web framework.";
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
            if (edge.external().isEmpty() || Layer.of(edge.from()).filter(Layer.SERVICES::equals).isEmpty()) {
                continue;
            }
            String pkg = edge.external().get();
            if (KnownPackages.isWebFramework(pkg, edge.from().endsWith(".py"))) {
                findings.add(finding("a service imports the web framework '" + pkg + "' ('" + edge.specifier()
                        + "'); keep HTTP in the routes layer", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
