package io.stackbench.agent.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a model's reply asks to run: exactly one command in one {@code ```bash} fenced block, or
 * the reason there is none to run.
 *
 * <p>A block opens with a line that is {@code ```bash} alone and closes at the next line that is
 * {@code ```} alone (surrounding spaces aside). Fences are matched by whole lines so that a
 * heredoc may hold backticks, just not a bare fence line.
 */
record ParsedReply(Optional<String> command, Optional<String> problem) {

    static final String OPEN = "```bash";
    static final String CLOSE = "```";

    static ParsedReply parse(String reply) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : reply.split("\\R", -1)) {
            String bare = line.strip();
            if (current == null) {
                if (bare.equals(OPEN)) {
                    current = new StringBuilder();
                }
            } else if (bare.equals(CLOSE)) {
                blocks.add(current.toString());
                current = null;
            } else {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            return problem(blocks.isEmpty()
                    ? "its ```bash block is not closed by a line of three backticks (was the reply cut off?)"
                    : "it has more than one ```bash block, and the last is not closed");
        }
        if (blocks.isEmpty()) {
            return problem("it has no ```bash block");
        }
        if (blocks.size() > 1) {
            return problem("it has " + blocks.size() + " ```bash blocks, and exactly one command is run per reply");
        }
        String command = blocks.get(0).strip();
        if (command.isEmpty()) {
            return problem("its ```bash block is empty");
        }
        return new ParsedReply(Optional.of(command), Optional.empty());
    }

    private static ParsedReply problem(String problem) {
        return new ParsedReply(Optional.empty(), Optional.of(problem));
    }
}
