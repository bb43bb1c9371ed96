package io.stackbench.agent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one CLI agent non-interactively, as {@code presets.json} describes it. The program
 * is StackBench's own pinned install of it ({@code tools/agents/<name>/}), never whatever is on
 * {@code PATH}.
 *
 * @param program   the executable the pinned install provides
 * @param packaging how it is pinned: {@code npm} (package.json and lockfile) or {@code python}
 *                  (a requirements file with hashes)
 * @param template  the command: {@code {{program}}}, {@code {{model_flag}}} where the model flag
 *                  goes, {@code {{base_url_args}}} where the endpoint's arguments go, and the
 *                  per-run placeholders of {@link CommandTemplate}
 * @param modelFlag the model flag, using {@code {{model}}}; left out when no model is given
 * @param version   a shell command printing the CLI's version, using {@code {{program}}}
 * @param passEnv   variables of StackBench's environment the CLI may see
 * @param setEnv    variables set for the CLI (may use {@code {{record_dir}}}, {@code {{home}}}, {@code {{model}}})
 * @param keyEnv    the variables the CLI reads its API key from
 * @param baseUrl   what changes when the user gives a model endpoint with {@code --base-url}
 * @param files     files written into the run's record directory before the CLI starts (its settings)
 * @param output    the reader of the CLI's own output (see {@link AgentOutputs})
 * @param source    where the invocation is documented and when it was checked
 * @param refusesRoot whether the CLI will not run as root (then it runs only sealed, as the sandbox's unprivileged user)
 */
record Preset(String name, String program, String packaging, String template, String modelFlag, String version,
              List<String> passEnv, Map<String, String> setEnv, List<String> keyEnv, BaseUrl baseUrl,
              Map<String, String> files, String output, String source, boolean refusesRoot) {

    /** The model label of a preset run without a model: the CLI's own default. */
    static final String DEFAULT_MODEL = "default";

    Preset {
        Objects.requireNonNull(name);
        Objects.requireNonNull(program);
        Objects.requireNonNull(packaging);
        Objects.requireNonNull(template);
        Objects.requireNonNull(modelFlag);
        Objects.requireNonNull(version);
        passEnv = passEnv == null ? List.of() : List.copyOf(passEnv);
        setEnv = setEnv == null ? Map.of() : Map.copyOf(setEnv);
        keyEnv = keyEnv == null ? List.of() : List.copyOf(keyEnv);
        baseUrl = baseUrl == null ? BaseUrl.NONE : baseUrl;
        files = files == null ? Map.of() : Map.copyOf(files);
        output = output == null ? "none" : output;
        source = source == null ? "" : source;
    }

    /**
     * What a model endpoint given with {@code --base-url} changes, in the CLI's own terms; values
     * use {@code {{base_url}}}.
     *
     * @param args      arguments put where the template says {@code {{base_url_args}}}
     * @param env       variables set for the CLI
     * @param files     further files for the record directory
     * @param modelFlag the model flag to use instead (e.g. with a custom provider's prefix); absent keeps the usual one
     */
    record BaseUrl(String args, Map<String, String> env, Map<String, String> files, Optional<String> modelFlag) {

        static final BaseUrl NONE = new BaseUrl("", Map.of(), Map.of(), Optional.empty());

        BaseUrl {
            args = args == null ? "" : args;
            env = env == null ? Map.of() : Map.copyOf(env);
            files = files == null ? Map.of() : Map.copyOf(files);
            modelFlag = modelFlag == null ? Optional.empty() : modelFlag;
        }
    }

    /**
     * The command template for {@code model} (or without the model flag when the CLI should
     * pick) and {@code endpoint} (or the CLI's default endpoint), run by {@code programPath}.
     */
    CommandTemplate command(Optional<String> model, Optional<String> endpoint, String programPath) {
        String flag = endpoint.isPresent() ? baseUrl.modelFlag().orElse(modelFlag) : modelFlag;
        return new CommandTemplate(template
                .replace("{{model_flag}}", model.isPresent() ? flag : "")
                .replace("{{base_url_args}}", endpoint.isPresent() ? baseUrl.args() : "")
                .replace("{{program}}", CommandTemplate.shellQuote(programPath)));
    }

    /** The version command, run by {@code programPath}. */
    String versionCommand(String programPath) {
        return version.replace("{{program}}", CommandTemplate.shellQuote(programPath));
    }

    /** The pinned install's files, from {@code tools/agents/<name>/} as the jar carries them. */
    List<String> installFiles() {
        return "python".equals(packaging) ? List.of("requirements.txt") : List.of("package.json", "package-lock.json");
    }
}
