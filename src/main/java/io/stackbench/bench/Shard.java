package io.stackbench.bench;

import io.stackbench.core.StackBenchException;
import io.stackbench.task.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The K-th of N parts of a sweep ({@code --shard K/N}). Every shard computes the same partition
 * from the sweep's slot list alone, so shards on different machines need not talk to each other:
 * the slots are sorted by (framework, level, task, run) and dealt round-robin, slot {@code i} of
 * that order going to shard {@code i mod N + 1}. Dealing a sorted list spreads every
 * (framework, level) group over the shards within one slot of each other, so each shard's cost is
 * alike, and no slot goes to two shards.
 *
 * @param index K, from 1
 * @param count N, at least 1
 */
public record Shard(int index, int count) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    /** The order slots are dealt in: alike slots next to each other, so each shard gets its share of them. */
    public static final Comparator<Key> ORDER = Comparator.comparing(Key::framework).thenComparingInt(Key::level)
            .thenComparing(Key::task).thenComparingInt(Key::run);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw StackBenchException.invalidInput("--shard K/N needs 1 ≤ K ≤ N, not " + index + "/" + count);
        }
    }

    /** Parses {@code K/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw StackBenchException.invalidInput("--shard takes K/N (this sweep's part K of N, 1 ≤ K ≤ N, e.g. 2/4), not '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** What a slot is dealt by. */
    public record Key(String framework, int level, String task, int run) {

        public static Key of(Task task, int run) {
            return new Key(task.framework().id(), task.level(), task.id(), run);
        }
    }

    /** This shard's slots, in the order of {@code slots}. */
    public <T> List<T> select(List<T> slots, Function<T, Key> key) {
        List<T> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(key, ORDER));
        List<T> mine = new ArrayList<>();
        for (int i = index - 1; i < sorted.size(); i += count) {
            mine.add(sorted.get(i));
        }
        // Back into the sweep's own order, so progress and results read as an unsharded sweep's do.
        java.util.Set<T> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        chosen.addAll(mine);
        return slots.stream().filter(chosen::contains).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
