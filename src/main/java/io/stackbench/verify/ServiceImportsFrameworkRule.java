package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clean architecture: services hold business rules and know nothing of HTTP. */
@RuleInfo(id = "architecture.service-imports-framework", verifier = Dimension.ARCHITECTURE,
        summary = "Services do not import the web framework.")
final class ServiceImportsFrameworkRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Layering layering = project.layering(requirements.layerFolders());
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            Optional<Layering.Placement> from = layering.of(edge.from());
            if (edge.external().isEmpty() || from.filter(p -> p.layer() == Layer.SERVICES).isEmpty()) {
                continue;
            }
            String pkg = edge.external().get();
            if (KnownPackages.isWebFramework(pkg, edge.from().endsWith(".py"))) {
                findings.add(finding("a service imports the web framework '" + pkg + "' ('" + edge.specifier() + "'): "
                        + from.get().describe(edge.from()) + "; keep HTTP in the routes layer", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
