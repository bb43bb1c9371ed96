package io.stackbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.bench.SweepStatus;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code bench --status}: the state of a sweep's slots across shards, as text or JSON lines. */
final class StatusReport {

    private final PrintWriter out;
    private final String format;
    private final ObjectMapper json = Json.mapper();

    StatusReport(PrintWriter out, String format) {
        this.out = out;
        this.format = format;
    }

    /** Prints the slots' states; 0 when every slot has its result, 1 when any has not. */
    int print(Path results, List<String> configurations, List<Task> tasks, int runs) {
        if (configurations.isEmpty()) {
            throw StackBenchException.invalidInput("no <agent>/<model> directory in " + results
                    + "; name the sweep's agent with --agent");
        }
        List<SweepStatus.Slot> slots = new SweepStatus(json).read(results, configurations, tasks, runs);
        Map<SweepStatus.State, Integer> totals = SweepStatus.totals(slots);
        switch (format) {
            case "jsonl" -> jsonLines(slots, totals);
            case "none" -> { }
            default -> text(results, configurations, tasks, runs, slots, totals);
        }
        out.flush();
        return slots.stream().allMatch(s -> s.state().finished()) ? 0 : 1;
    }

    private void text(Path results, List<String> configurations, List<Task> tasks, int runs, List<SweepStatus.Slot> slots,
                      Map<SweepStatus.State, Integer> totals) {
        out.printf("status: %s, %d tasks × %d runs = %d slots in %s%n", String.join(", ", configurations), tasks.size(), runs,
                slots.size(), results);
        // Every slot that still needs attention gets a line; done ones are only counted (a study has thousands).
        for (SweepStatus.Slot s : slots) {
            if (s.state() != SweepStatus.State.DONE) {
                out.printf("  %-22s %s %s run %d%s%n", s.state().label(), s.configuration(), s.task(), s.run(),
                        s.detail().map(d -> ": " + d).orElse(""));
            }
        }
        Map<String, Integer> byShard = new TreeMap<>();
        slots.stream().filter(s -> s.state().finished())
                .forEach(s -> byShard.merge(s.shard().map(k -> "shard " + k).orElse("unsharded") + s.host().map(h -> " on " + h)
                        .orElse(""), 1, Integer::sum));
        if (!byShard.isEmpty()) {
            out.println("results by shard: " + String.join(", ", byShard.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        out.println("totals: " + String.join(", ", totals.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).toList()) + " (of " + slots.size() + ")");
    }

    private void jsonLines(List<SweepStatus.Slot> slots, Map<SweepStatus.State, Integer> totals) {
        for (SweepStatus.Slot s : slots) {
            ObjectNode line = json.createObjectNode().put("event", "slot").put("configuration", s.configuration())
                    .put("task", s.task()).put("run", s.run()).put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
            s.shard().ifPresent(v -> line.put("shard", v));
            s.host().ifPresent(v -> line.put("host", v));
            s.detail().ifPresent(v -> line.put("detail", v));
            out.println(line);
        }
        ObjectNode total = json.createObjectNode().put("event", "totals").put("slots", slots.size());
        totals.forEach((state, n) -> total.put(state.name().toLowerCase(java.util.Locale.ROOT), n));
        out.println(total);
    }
}
