package io.stackbench.gate;

import io.stackbench.core.StackBenchException;
import io.stackbench.task.Framework;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.verify.Database;
import io.stackbench.verify.Orm;
import io.stackbench.verify.Requirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one place requirements are resolved: command-line options, then the task, then the config file. */
final class RequirementSources {

    private RequirementSources() {
    }

    static Requirements resolve(GateOptions options, GateConfig config) {
        Optional<Framework> framework = options.framework().map(Framework::fromId);
        Requirements task = new Requirements(false, Optional.empty(), Optional.empty());
        if (options.task().isPresent()) {
            Task t = TaskCatalog.builtin().get(options.task().get());
            framework = framework.or(() -> Optional.of(t.framework()));
            task = Requirements.of(t.constraints());
        }
        Optional<String> architecture = options.architecture();
        if (architecture.isPresent() && !architecture.get().equals("clean")) {
            throw StackBenchException.invalidInput("--architecture takes 'clean', got '" + architecture.get() + "'");
        }
        Optional<Database> database = options.database().map(Database::fromId).or(task::database).or(config::database);
        Optional<Orm> orm = options.orm().map(Orm::fromId).or(task::orm).or(config::orm);
        if (orm.isPresent() && framework.isPresent() && Orm.fromId(framework.get().orm().id()) != orm.get()) {
            throw StackBenchException.invalidInput(framework.get().id() + " solutions use " + framework.get().orm().id()
                    + ", not " + orm.get().id());
        }
        Map<String, List<String>> layers = new LinkedHashMap<>(config.layers());
        layers.putAll(options.layerFolders());
        boolean clean = architecture.isPresent() || task.cleanArchitecture() || config.cleanArchitecture();
        return new Requirements(clean, database, orm, layers);
    }
}
