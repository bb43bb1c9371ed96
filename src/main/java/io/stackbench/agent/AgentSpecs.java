package io.stackbench.agent;

import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;

/** Turns an agent spec from the command line ({@code oracle}, later {@code openai:MODEL}, …) into an agent. */
public final class AgentSpecs {

    private AgentSpecs() {
    }

    public static Agent parse(String spec, Settings settings) {
        if (spec.equals("oracle")) {
            return new OracleAgent(settings.references());
        }
        String kind = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        throw StackBenchException.invalidInput("agent '" + kind + "' is not available yet; this version has: oracle");
    }
}
