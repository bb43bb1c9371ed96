package io.stackbench.agent;

import io.stackbench.core.StackBenchException;

/** The readers of CLI agents' output, by the id a preset names in {@code presets.json}. */
final class AgentOutputs {

    private AgentOutputs() {
    }

    static AgentOutput byId(String id) {
        return switch (id) {
            case "none" -> AgentOutput.NONE;
            case "claude-code" -> new ClaudeCodeOutput();
            case "codex" -> new CodexOutput();
            case "gemini-cli" -> new GeminiCliOutput();
            case "aider" -> new AiderOutput();
            case "mini-swe-agent" -> new MiniSweAgentOutput();
            case "opencode" -> new OpencodeOutput();
            default -> throw StackBenchException.internal("presets.json names an unknown output reader '" + id + "'", null);
        };
    }
}
