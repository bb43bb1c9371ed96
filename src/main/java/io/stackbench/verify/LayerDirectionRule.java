package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clean architecture: dependencies point downward only (routes → services → repositories → models). */
@RuleInfo(id = "architecture.layer-direction", verifier = Dimension.ARCHITECTURE,
        summary = "A layer imports only layers below it: routes → services → repositories → models.")
final class LayerDirectionRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Layering layering = project.layering(requirements.layerFolders());
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            if (edge.toFile().isEmpty()) {
                continue;
            }
            Optional<Layering.Placement> from = layering.of(edge.from());
            Optional<Layering.Placement> to = layering.of(edge.toFile().get());
            if (from.isPresent() && to.isPresent() && to.get().layer().rank > from.get().layer().rank) {
                findings.add(finding(from.get().layer().label() + " must not depend on " + to.get().layer().label()
                        + ", a higher layer: " + from.get().describe(edge.from()) + " imports "
                        + to.get().describe(edge.toFile().get()) + " ('" + edge.specifier() + "')", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
