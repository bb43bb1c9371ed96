package io.stackbench.verify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Clean architecture: each of the four layers has a folder of its own holding code. */
@RuleInfo(id = "architecture.layer-missing", verifier = Dimension.ARCHITECTURE,
        summary = "Routes, services, repositories and models each live in a folder of their own.")
final class LayerMissingRule extends Rule {

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Set<Layer> present = EnumSet.noneOf(Layer.class);
        project.modules.forEach(m -> Layer.of(m.path(), requirements.layerFolders()).ifPresent(present::add));
        List<Finding> findings = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!present.contains(layer)) {
                findings.add(finding("no " + layer.label() + " layer: no folder named " + String.join("/", layer.folders(requirements.layerFolders()))
                        + " holds source code", project.anchor(), 1));
            }
        }
        return findings;
    }
}
