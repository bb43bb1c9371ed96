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
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            if (edge.toFile().isEmpty()) {
                continue;
            }
            Optional<Layer> from = Layer.of(edge.from(), requirements.layerFolders());
            Optional<Layer> to = Layer.of(edge.toFile().get(), requirements.layerFolders());
            if (from.isPresent() && to.isPresent() && to.get().rank > from.get().rank) {
                findings.add(finding(from.get().label() + " must not depend on " + to.get().label() + ", a higher layer: "
                        + edge.from() + " imports " + edge.toFile().get() + " ('" + edge.specifier() + "')", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}
