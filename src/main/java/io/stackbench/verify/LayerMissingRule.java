package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Clean architecture: each of the four layers is played by some module, whatever the team calls it. */
@RuleInfo(id = "architecture.layer-missing", verifier = Dimension.ARCHITECTURE, projectWide = true,
        summary = "Routes, services, data access (repositories) and models each exist as code of their own, named or recognised by role.")
final class LayerMissingRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Map<Layer, List<String>> members = project.layering(requirements.layerFolders()).members();
        String found = members.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().label() + " in " + e.getValue().get(0) + (e.getValue().size() > 1 ? " (+" + (e.getValue().size() - 1) + ")" : ""))
                .collect(Collectors.joining(", "));
        List<Finding> findings = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (members.get(layer).isEmpty()) {
                findings.add(finding("no " + layer.label() + " layer: no module " + role(layer) + ", and no folder or file is named "
                        + String.join("/", layer.folders(requirements.layerFolders()).subList(0, Math.min(6, layer.folders.size())))
                        + "…" + (found.isEmpty() ? "" : " (found " + found + ")"), project.anchor(), 1));
            }
        }
        return findings;
    }

    private static String role(Layer layer) {
        return switch (layer) {
            case ROUTES -> "declares routes or handles HTTP";
            case SERVICES -> "sits between the routes and data access";
            case REPOSITORIES -> "outside routes and services runs queries";
            case MODELS -> "declares persistent models";
        };
    }
}
