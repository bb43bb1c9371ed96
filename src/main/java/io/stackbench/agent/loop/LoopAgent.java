package io.stackbench.agent.loop;

import io.stackbench.agent.Agent;
import io.stackbench.agent.AgentConfig;
import io.stackbench.agent.AgentOutcome;
import io.stackbench.agent.AgentRun;
import io.stackbench.agent.model.ChatModel;
import io.stackbench.agent.model.Endpoint;
import io.stackbench.agent.model.Price;
import io.stackbench.agent.model.PriceTable;
import io.stackbench.agent.model.Provider;
import io.stackbench.core.BuildInfo;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.ProcessRunner;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * StackBench's own minimal agent ({@code openai:MODEL}, {@code anthropic:MODEL}): the model
 * answers each turn with one shell command, which runs in the workspace; the loop ends when the
 * model sends the completion marker or a step, cost or wall-time limit is reached. It keeps
 * {@code trajectory.jsonl}, its ATIF twin {@code trajectory.json}, the system prompt and each command's log
 * in the run's record directory.
 */
public final class LoopAgent implements Agent {

    private final String name;
    private final String model;
    private final ChatModel chat;
    private final Optional<Price> price;
    private final ProcessRunner runner;
    private final Map<String, String> versions;
    private final Prompts prompts = new Prompts();

    LoopAgent(String name, String model, ChatModel chat, Optional<Price> price, ProcessRunner runner,
              Map<String, String> versions) {
        this.name = Objects.requireNonNull(name);
        this.model = Objects.requireNonNull(model);
        this.chat = Objects.requireNonNull(chat);
        this.price = Objects.requireNonNull(price);
        this.runner = Objects.requireNonNull(runner);
        this.versions = Map.copyOf(versions);
    }

    /** The agent for {@code provider:model}, with the endpoint, key and prices {@code config} gives. */
    public static LoopAgent create(Provider provider, String model, AgentConfig config) {
        if (model.isBlank()) {
            throw StackBenchException.invalidInput("agent spec " + provider.id() + ": needs a model, e.g. "
                    + provider.id() + (provider == Provider.OPENAI ? ":gpt-4.1" : ":claude-sonnet-4-5"));
        }
        Endpoint endpoint = Endpoint.resolve(provider, config.baseUrl(), config.apiKey(), config.environment());
        Optional<Price> price = PriceTable.load(config.priceTable()).lookup(model);
        return new LoopAgent(provider.id(), model, provider.connect(model, endpoint), price, new ProcessRunner(),
                provider.sdkVersion());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Map<String, String> versions() {
        return versions;
    }

    @Override
    public AgentOutcome run(AgentRun run) {
        Map<String, Object> extra = new java.util.LinkedHashMap<>();
        extra.put("provider", name);
        extra.put("versions", versions);
        AtifTrajectory atif = new AtifTrajectory(run.recordDir(), BuildInfo.load().version(), model,
                run.task().id() + "/run_" + run.run(), extra);
        return new Episode(run, model, chat, price, runner, prompts, atif).play();
    }
}
