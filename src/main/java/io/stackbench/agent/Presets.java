package io.stackbench.agent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.stackbench.core.Resources;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The CLI agents StackBench knows how to run, read from {@code presets.json} next to this class. */
final class Presets {

    static final String RESOURCE = "presets.json";
    /** Where the jar carries {@code tools/agents/}: each preset's pinned install files. */
    static final String INSTALLS = "installs/";

    private final List<Preset> all;

    Presets(List<Preset> all) {
        this.all = List.copyOf(all);
    }

    static Presets builtIn() {
        try {
            return new Presets(new ObjectMapper().registerModule(new Jdk8Module()).readValue(Resources.text(Presets.class, RESOURCE), new TypeReference<List<Preset>>() {
            }));
        } catch (IOException e) {
            throw StackBenchException.internal(RESOURCE + " is not a valid preset list: " + e.getMessage(), e);
        }
    }

    Optional<Preset> find(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<String> names() {
        return all.stream().map(Preset::name).sorted().toList();
    }
}
