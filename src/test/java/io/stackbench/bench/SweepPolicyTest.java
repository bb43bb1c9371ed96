package io.stackbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.Agent;
import io.stackbench.agent.AgentOutcome;
import io.stackbench.agent.AgentRun;
import io.stackbench.agent.ExitReason;
import io.stackbench.agent.Generation;
import io.stackbench.agent.Generator;
import io.stackbench.agent.Limits;
import io.stackbench.agent.Usage;
import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Isolation;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.eval.Harness;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries of infrastructure failures and the sweep's budget, with a scripted agent that writes a
 * note and reports what it is told to; its solutions fail at the install (no requirements.txt),
 * which is quick and is the solution's fault, so every scored run is scored.
 */
class SweepPolicyTest {

    private static final Task TASK = TaskCatalog.greenfield().get("flask-openapi-unconstrained");

    @TempDir
    Path dir;

    private Harness harness;
    private final List<String> events = new CopyOnWriteArrayList<>();

    /** Ends each run as the next scripted outcome says (the last one repeats). */
    private static final class ScriptedAgent implements Agent {
        private final Deque<AgentOutcome> script;

        ScriptedAgent(AgentOutcome... outcomes) {
            this.script = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String model() {
            return "m";
        }

        @Override
        public boolean needsRuntime() {
            return false;
        }

        @Override
        public synchronized AgentOutcome run(AgentRun run) {
            try {
                Files.writeString(run.workspace().resolve("notes.txt"), "run " + run.run() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    private static AgentOutcome submitted(Optional<Double> cost) {
        return new AgentOutcome(ExitReason.SUBMITTED, Optional.empty(), 1, new Usage(10, 5, cost));
    }

    private static AgentOutcome endpointDown() {
        return new AgentOutcome(ExitReason.INFRA, Optional.of("openai endpoint http://x answered HTTP 500 after 8 retries"), 0,
                new Usage(0, 0, Optional.of(0.0)));
    }

    @BeforeEach
    void harness() {
        Settings settings = Settings.resolve(TestSettings.environment(), Optional.empty(), Optional.empty()).withIsolation(Isolation.NONE);
        harness = new Harness(settings, Optional.empty());
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private SweepOutcome sweep(Agent agent, int runs, SweepPolicy policy) {
        Generator generator = new Generator(harness.runner(), harness.tools(), harness.sandboxes(),
                new PromptRenderer(ConduitContract.load().text()), Json.mapper(), List.of(), List.of(), harness.bases());
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(Task task, int run, Stage stage, Tally tally) {
            }

            @Override
            public void finished(Task task, int run, io.stackbench.eval.RunResult result, boolean reused, Tally tally) {
                events.add("finished " + run);
            }

            @Override
            public void infra(Task task, int run, String phase, String cause, Optional<Duration> retryIn, Tally tally) {
                events.add("infra " + run + " " + phase + (retryIn.isPresent() ? " retrying" : " given up") + " infra=" + tally.infra());
            }

            @Override
            public void notStarted(Task task, int run, String reason, Tally tally) {
                events.add("not started " + run);
            }
        };
        return new BenchRunner(agent, "scripted", generator, harness.evaluator(), Limits.DEFAULT, 1, false, Json.mapper(), listener,
                policy).sweep(List.of(TASK), runs, dir.resolve("results"));
    }

    private Path runDir(int run) {
        return dir.resolve("results/scripted/m").resolve(TASK.id()).resolve("run_" + run);
    }

    @Test
    void noGenerationStartsOnceTheKnownSpendReachesTheBudget() {
        SweepOutcome outcome = sweep(new ScriptedAgent(submitted(Optional.of(0.4))), 4,
                new SweepPolicy(0, Duration.ZERO, Optional.of(1.0)));

        assertThat(outcome.results()).as("0.0, 0.4 and 0.8 are under $1; 1.2 is not").hasSize(3);
        assertThat(outcome.notStarted()).isEqualTo(1);
        assertThat(runDir(4)).doesNotExist();
        assertThat(events).contains("not started 4");
        assertThat(outcome.notes()).contains("$1.2000 spent of --max-total-cost $1.00", "1 run not started");
    }

    @Test
    void aKeptGenerationOfAnEarlierSweepCountsAgainstTheBudget() {
        sweep(new ScriptedAgent(submitted(Optional.of(0.7))), 1, SweepPolicy.DEFAULT);
        SweepOutcome second = sweep(new ScriptedAgent(submitted(Optional.of(0.7))), 2,
                new SweepPolicy(0, Duration.ZERO, Optional.of(0.5)));

        assertThat(second.results()).as("run 1 kept from the first sweep").hasSize(1);
        assertThat(second.notStarted()).isEqualTo(1);
        assertThat(second.notes()).contains("$0.7000 spent", "1 run not started");
    }

    @Test
    void generationsOfUnknownCostAreCountedAsInvisibleToTheBudget() {
        SweepOutcome outcome = sweep(new ScriptedAgent(submitted(Optional.empty())), 2,
                new SweepPolicy(0, Duration.ZERO, Optional.of(0.01)));

        assertThat(outcome.results()).hasSize(2);
        assertThat(outcome.notStarted()).isZero();
        assertThat(outcome.notes()).contains("2 generations of unknown cost", "could not see");
    }

    @Test
    void aRunWhoseEndpointFailedIsRecordedAsInfraRetriedAndScored() {
        SweepOutcome outcome = sweep(new ScriptedAgent(endpointDown(), submitted(Optional.of(0.1))), 1,
                new SweepPolicy(1, Duration.ofMillis(10), Optional.empty()));

        assertThat(outcome.results()).hasSize(1);
        assertThat(outcome.notScored()).isEmpty();
        assertThat(outcome.recovered()).singleElement().satisfies(i -> assertThat(i.phase()).isEqualTo("generate"));
        assertThat(events).containsExactly("infra 1 generate retrying infra=0", "finished 1");
        assertThat(runDir(1).resolve("result.json")).exists();
        InfraRecord record = InfraRecord.read(runDir(1), Json.mapper()).orElseThrow();
        assertThat(record.attempts()).singleElement().satisfies(a -> {
            assertThat(a.phase()).isEqualTo("generate");
            assertThat(a.cause()).contains("HTTP 500 after 8 retries");
            assertThat(a.evidence()).isEqualTo("attempts/1");
        });
        Generation failed = Generation.read(runDir(1).resolve("attempts/1/generation"), Json.mapper()).orElseThrow();
        assertThat(failed.exitReason()).isEqualTo(ExitReason.INFRA);
        assertThat(Generation.read(runDir(1).resolve("generation"), Json.mapper()).orElseThrow().exitReason())
                .isEqualTo(ExitReason.SUBMITTED);
        assertThat(outcome.notes()).contains("1 run scored after a retry", "generate: openai endpoint");
    }

    @Test
    void aRunThatKeepsFailingIsNotScoredAndALaterSweepRedoesItKeepingItsHistory() {
        SweepOutcome first = sweep(new ScriptedAgent(endpointDown()), 1, new SweepPolicy(1, Duration.ZERO, Optional.empty()));

        assertThat(first.results()).isEmpty();
        assertThat(first.notScored()).hasSize(1);
        assertThat(events).containsExactly("infra 1 generate retrying infra=0", "infra 1 generate given up infra=1");
        assertThat(runDir(1).resolve("result.json")).doesNotExist();
        assertThat(runDir(1).resolve("generation")).as("a cut-short generation is not kept to be evaluated").doesNotExist();
        assertThat(InfraRecord.read(runDir(1), Json.mapper()).orElseThrow().attempts()).hasSize(2);
        assertThat(first.notes()).contains("1 run not scored: infrastructure (generate: openai endpoint http://x answered HTTP 500");

        SweepOutcome second = sweep(new ScriptedAgent(submitted(Optional.of(0.1))), 1, SweepPolicy.DEFAULT);
        assertThat(second.results()).hasSize(1);
        assertThat(InfraRecord.read(runDir(1), Json.mapper()).orElseThrow().attempts()).as("the history stays").hasSize(2);
        assertThat(runDir(1).resolve("attempts/2/generation/generation.json")).exists();
    }
}
