package io.stackbench.verify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Clean architecture: each of the four layers has a folder of its own holding code. */
final class LayerMissingRule implements Rule {

    @Override
    public String id() {
        return "architecture.layer-missing";
    }

    @Override
    public String summary() {
        return "Routes, services, repositories and models each live in a folder of their own.";
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
        Set<Layer> present = EnumSet.noneOf(Layer.class);
        project.modules.forEach(m -> Layer.of(m.path()).ifPresent(present::add));
        List<Finding> findings = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!present.contains(layer)) {
                findings.add(finding("no " + layer.label() + " layer: no folder named " + String.join("/", layer.folders)
                        + " holds source code", project.anchor(), 1));
            }
        }
        return findings;
    }
}
