package io.stackbench.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one gate run is asked to do, filled the same way by the CLI and by code; the gate
 * resolves each setting from these options, then the config file, then the default.
 *
 * @param config a config file to use instead of the one found from {@code dir}
 * @param noConfig ignore every config file
 * @param task a task whose constraints apply (e.g. {@code flask-openapi-clean_architecture-sqlite-sqlalchemy})
 * @param framework the framework, checked against the ORM
 * @param architecture {@code clean}
 * @param layerFolders extra folder names per layer; a layer given here replaces the config file's names for it
 * @param baseline report only findings not in this baseline (default: the config file's)
 * @param updateBaseline write the baseline instead of judging against it
 * @param changedSince report only findings in files changed since this git ref
 */
public record GateOptions(Path dir, Optional<Path> config, boolean noConfig, Optional<String> task, Optional<String> framework,
                          Optional<String> architecture, Optional<String> database, Optional<String> orm,
                          Map<String, List<String>> layerFolders, Optional<Path> baseline, boolean updateBaseline,
                          Optional<String> changedSince) {

    public GateOptions {
        Objects.requireNonNull(dir);
        layerFolders = Map.copyOf(layerFolders);
    }

    /** Verify {@code dir} with its config file and nothing else. */
    public static GateOptions of(Path dir) {
        return new GateOptions(dir, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), false, Optional.empty());
    }

    public GateOptions withArchitecture(String value) {
        return new GateOptions(dir, config, noConfig, task, framework, Optional.of(value), database, orm, layerFolders,
                baseline, updateBaseline, changedSince);
    }

    public GateOptions withConfig(Path file) {
        return new GateOptions(dir, Optional.of(file), noConfig, task, framework, architecture, database, orm, layerFolders,
                baseline, updateBaseline, changedSince);
    }

    public GateOptions withBaseline(Path file, boolean update) {
        return new GateOptions(dir, config, noConfig, task, framework, architecture, database, orm, layerFolders,
                Optional.of(file), update, changedSince);
    }

    public GateOptions withChangedSince(String ref) {
        return new GateOptions(dir, config, noConfig, task, framework, architecture, database, orm, layerFolders,
                baseline, updateBaseline, Optional.of(ref));
    }
}
