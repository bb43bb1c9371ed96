package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShardTest {

    private static final List<Task> TASKS = TaskCatalog.builtin().all();

    private static List<Shard.Key> slots(int runs) {
        List<Shard.Key> slots = new ArrayList<>();
        for (Task task : TASKS) {
            for (int run = 1; run <= runs; run++) {
                slots.add(Shard.Key.of(task, run));
            }
        }
        return slots;
    }

    private static List<List<Shard.Key>> partition(List<Shard.Key> slots, int n) {
        List<List<Shard.Key>> parts = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            parts.add(new Shard(k, n).select(slots, Function.identity()));
        }
        return parts;
    }

    @Test
    void theShardsTogetherRunEverySlotExactlyOnce() {
        List<Shard.Key> slots = slots(3);
        for (int n : new int[] {1, 2, 3, 4, 7, 50, slots.size(), slots.size() + 5}) {
            List<Shard.Key> union = partition(slots, n).stream().flatMap(List::stream).toList();
            assertThat(union).as("%d shards", n).hasSize(slots.size());
            assertThat(new HashSet<>(union)).as("%d shards", n).isEqualTo(new HashSet<>(slots));
        }
    }

    @Test
    void everyShardGetsItsShareOfEachFrameworkAndLevelWithinOneSlot() {
        List<Shard.Key> slots = slots(3);
        for (int n : new int[] {2, 3, 4, 5, 8}) {
            List<List<Shard.Key>> parts = partition(slots, n);
            Set<String> groups = slots.stream().map(ShardTest::group).collect(Collectors.toSet());
            for (String group : groups) {
                List<Long> counts = parts.stream().map(p -> p.stream().filter(s -> group(s).equals(group)).count()).toList();
                assertThat(Collections.max(counts) - Collections.min(counts)).as("%s over %d shards: %s", group, n, counts)
                        .isLessThanOrEqualTo(1);
            }
            List<Integer> sizes = parts.stream().map(List::size).toList();
            assertThat(Collections.max(sizes) - Collections.min(sizes)).as("sizes over %d shards", n).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void thePartitionDependsOnTheSlotsNotOnTheirOrder() {
        List<Shard.Key> slots = slots(2);
        List<Shard.Key> shuffled = new ArrayList<>(slots);
        Collections.shuffle(shuffled, new Random(17));
        for (int k = 1; k <= 4; k++) {
            Shard shard = new Shard(k, 4);
            assertThat(new HashSet<>(shard.select(shuffled, Function.identity())))
                    .isEqualTo(new HashSet<>(shard.select(slots, Function.identity())));
        }
    }

    @Test
    void aShardKeepsTheSweepsOwnOrder() {
        List<Shard.Key> slots = slots(2);
        List<Shard.Key> mine = new Shard(2, 3).select(slots, Function.identity());
        List<Integer> positions = mine.stream().map(slots::indexOf).toList();
        assertThat(positions).isSorted();
    }

    @Test
    void theDealIsFixedSoShardsOnOtherMachinesAgree() {
        // Three SQLite tasks of two frameworks, two runs: sorted by framework, level, task, run,
        // then dealt 1, 2, 1, 2, …
        List<Shard.Key> slots = List.of(
                new Shard.Key("flask", 1, "flask-openapi-sqlite", 1), new Shard.Key("flask", 1, "flask-openapi-sqlite", 2),
                new Shard.Key("express", 1, "express-openapi-sqlite", 1), new Shard.Key("express", 1, "express-openapi-sqlite", 2),
                new Shard.Key("express", 2, "express-openapi-sqlite-zod", 1));
        assertThat(new Shard(1, 2).select(slots, Function.identity())).extracting(k -> k.task() + "#" + k.run())
                .containsExactly("flask-openapi-sqlite#2", "express-openapi-sqlite#1", "express-openapi-sqlite-zod#1");
        assertThat(new Shard(2, 2).select(slots, Function.identity())).extracting(k -> k.task() + "#" + k.run())
                .containsExactly("flask-openapi-sqlite#1", "express-openapi-sqlite#2");
    }

    @Test
    void parsesKOverN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
        assertThat(Shard.parse("3/4").toString()).isEqualTo("3/4");
    }

    @Test
    void rejectsShardsOutsideOneToN() {
        for (String bad : List.of("0/4", "5/4", "1/0", "x", "2", "2/", "/4", "-1/4", "1/4/2", "")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(StackBenchException.class)
                    .hasMessageContaining("--shard");
        }
        assertThatThrownBy(() -> Shard.parse("0/4")).hasMessageContaining("1 ≤ K ≤ N, not 0/4");
        assertThatThrownBy(() -> Shard.parse("x")).hasMessageContaining("not 'x'");
    }

    private static String group(Shard.Key key) {
        return key.framework() + "/L" + key.level();
    }
}
