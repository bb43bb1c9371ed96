package io.stackbench.gate;

import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's config file, read and checked: requirements, excluded paths, rule levels,
 * allowed findings and the default baseline.
 *
 * @param source the file it was read from; empty for {@link #NONE}
 * @param baseline resolved against the config file's directory
 */
record GateConfig(Optional<Path> source, boolean cleanArchitecture, Optional<Database> database, Optional<Orm> orm,
                  Map<String, List<String>> layers, List<String> exclude, Map<String, RuleLevel> rules,
                  List<AllowedFindings> exceptions, Optional<Path> baseline) {

    /** No config file: nothing required, nothing excluded, every rule at its own severity. */
    static final GateConfig NONE = new GateConfig(Optional.empty(), false, Optional.empty(), Optional.empty(),
            Map.of(), List.of(), Map.of(), List.of(), Optional.empty());

    GateConfig {
        layers = Map.copyOf(layers);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
        exceptions = List.copyOf(exceptions);
    }

    GateConfig withSource(Path file) {
        return new GateConfig(Optional.of(file), cleanArchitecture, database, orm, layers, exclude, rules, exceptions, baseline);
    }
}
