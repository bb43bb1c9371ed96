package io.stackbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Warns when the runs of one tree were made with different versions of StackBench, of its suite or
 * of a toolchain: shards on several machines, or sweeps months apart, merge into one tree, and
 * their numbers compare only when these agree.
 */
final class MixedVersions {

    /** The {@code versions} keys of result.json that must agree, with the names the warning uses. */
    private static final Map<String, String> CHECKED = checked();

    private MixedVersions() {
    }

    private static Map<String, String> checked() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("stackbench", "StackBench");
        names.put("suite", "suite");
        names.put("python", "Python");
        names.put("uv", "uv");
        names.put("node", "Node");
        names.put("npm", "npm");
        names.put("newman", "newman");
        names.put("postgres", "PostgreSQL");
        return java.util.Collections.unmodifiableMap(names);
    }

    /** One warning per version that differs between runs, naming each value and how many runs had it. */
    static List<String> of(List<Run> runs) {
        List<String> warnings = new ArrayList<>();
        CHECKED.forEach((key, name) -> {
            // Only runs that used the tool count: a Node run has no Python version.
            Map<String, Long> counts = runs.stream().map(r -> r.result().versions().get(key))
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
            if (counts.size() > 1) {
                warnings.add("runs were made with different " + name + " versions: " + counts.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " run)" : " runs)"))
                        .collect(Collectors.joining(", ")) + "; their numbers may not compare");
            }
        });
        return warnings;
    }
}
