package io.stackbench.diagnose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agent ran out of steps doing the same thing again and again. */
final class StuckInLoopRule implements RunRule {

    /** How often one command must come back among the last turns to be a loop. */
    static final int REPEATS = 3;
    private static final Pattern COMMAND = Pattern.compile("\"(?:command|action|cmd|tool_input|input)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Override
    public String name() {
        return "stuck-in-loop";
    }

    @Override
    public Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals) {
        if (!evidence.exitReason().filter("step_limit"::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, Integer>> repeated = mostRepeated(evidence.trajectory().orElse(""));
        return repeated.filter(r -> r.getValue() >= REPEATS)
                .map(r -> Conclusion.of(Category.STUCK_IN_LOOP, name(), "the agent ended on its step limit",
                        "it ran \"" + abbreviate(r.getKey()) + "\" " + r.getValue() + " times in its last turns"));
    }

    /** The command the trajectory repeats most: JSON records' command fields, else its lines. */
    static Optional<Map.Entry<String, Integer>> mostRepeated(String trajectory) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = COMMAND.matcher(trajectory);
        boolean structured = false;
        while (m.find()) {
            structured = true;
            counts.merge(m.group(1).strip(), 1, Integer::sum);
        }
        if (!structured) {
            for (String line : trajectory.split("\n")) {
                String l = line.strip();
                if (l.startsWith("$ ") || l.startsWith("> ")) {
                    counts.merge(l.substring(2).strip(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> !e.getKey().isEmpty()).max(Map.Entry.comparingByValue());
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
