package io.stackbench.agent;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one CLI agent non-interactively, as {@code presets.json} describes it.
 *
 * @param program      the executable that must be on {@code PATH}
 * @param install      how to install it, for the error message when it is missing
 * @param template     the command, with {@code {{model_flag}}} where the model flag goes
 * @param modelFlag    the model flag, using {@code {{model}}}; left out when no model is given
 * @param version      a shell command printing the CLI's version
 * @param passEnv      variables of StackBench's environment the CLI may see (keys, endpoints)
 * @param setEnv       variables set for the CLI, e.g. to keep it from prompting or updating itself
 * @param source       where the invocation is documented
 */
record Preset(String name, String program, String install, String template, String modelFlag, String version,
              List<String> passEnv, Map<String, String> setEnv, CliUsage usage, String source) {

    /** The model label of a preset run without a model: the CLI's own default. */
    static final String DEFAULT_MODEL = "default";

    Preset {
        Objects.requireNonNull(name);
        Objects.requireNonNull(program);
        Objects.requireNonNull(template);
        Objects.requireNonNull(modelFlag);
        Objects.requireNonNull(version);
        passEnv = passEnv == null ? List.of() : List.copyOf(passEnv);
        setEnv = setEnv == null ? Map.of() : Map.copyOf(setEnv);
        usage = usage == null ? CliUsage.NONE : usage;
        install = install == null ? "" : install;
        source = source == null ? "" : source;
    }

    /** The command template for {@code model}, or without the model flag when the CLI should pick. */
    CommandTemplate command(Optional<String> model) {
        return new CommandTemplate(template.replace("{{model_flag}}", model.isPresent() ? modelFlag : ""));
    }

    /** Fails when {@link #program} is not an executable file in one of {@code path}'s directories. */
    void requireInstalled(String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir).resolve(program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return;
                }
            }
        }
        throw StackBenchException.environment("agent " + name + " runs '" + program + "', which is not on PATH"
                + (install.isEmpty() ? "" : "; install it with: " + install));
    }
}
