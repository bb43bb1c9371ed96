package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;

/** Clean architecture: services hold business rules and know nothing of HTTP. */
@RuleInfo(id = "architecture.service-imports-framework", verifier = Dimension.ARCHITECTURE,
        summary = "Services do not import the web framework.")
final class ServiceImportsFrameworkRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            if (edge.external().isEmpty() || Layer.of(edge.from(), requirements.layerFolders()).filter(Layer.SERVICES::equals).isEmpty()) {
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
