package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.contract.ConduitContract;
import io.stackbench.core.Json;
import io.stackbench.core.Settings;
import io.stackbench.core.StackBenchException;
import io.stackbench.runtime.Databases;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.Toolchain;
import io.stackbench.task.PromptRenderer;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import io.stackbench.runtime.LiveProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();
    private final Task task = TaskCatalog.greenfield().get("flask-openapi-unconstrained");

    private Generator generator() {
        Settings settings = Settings.fromEnvironment();
        return new Generator(runner, new Toolchain(dir.resolve("home"), runner),
                io.stackbench.sandbox.Sandboxes.create(settings.withIsolation(io.stackbench.core.Isolation.NONE), runner,
                        new Databases(dir.resolve("home"), Optional.empty(), runner)),
                new PromptRenderer(ConduitContract.load().text()), Json.mapper(), java.util.List.of(), java.util.List.of(),
                new io.stackbench.base.Bases(Path.of("references").toAbsolutePath(), runner));
    }

    /** A test agent that needs no runtime and does what {@code body} says. */
    private static Agent agent(Function<AgentRun, AgentOutcome> body) {
        return new Agent() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public String model() {
                return "none";
            }

            @Override
            public boolean needsRuntime() {
                return false;
            }

            @Override
            public AgentOutcome run(AgentRun run) {
                return body.apply(run);
            }
        };
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void recordsThePatchWithoutDependenciesOrDatabasesAndWritesGenerationJsonLast() throws Exception {
        Generation g = generator().generate(agent(run -> {
            write(run.workspace().resolve("app.py"), "print('hi')\n");
            write(run.workspace().resolve("node_modules/x/index.js"), "junk\n");
            write(run.workspace().resolve("conduit.db"), "data\n");
            write(run.workspace().resolve("dist/bundle.js"), "built\n");
            write(run.workspace().resolve("src/__pycache__/app.cpython-311.pyc"), "cache\n");
            write(run.recordDir().resolve("notes.txt"), "agent's own record\n");
            return new AgentOutcome(ExitReason.STEP_LIMIT, Optional.of("used 3 of 3 steps"), 3, new Usage(100, 20, Optional.of(0.5)));
        }), "scripted", task, 2, dir.resolve("gen"), Limits.DEFAULT, false);

        String patch = Files.readString(dir.resolve("gen/solution.patch"));
        assertThat(patch).contains("app.py").doesNotContain("node_modules", "conduit.db", "dist/", "__pycache__");
        assertThat(Files.readString(dir.resolve("gen/prompt.md"))).contains("Flask");
        assertThat(dir.resolve("gen/workspace")).as("a sweep keeps the patch, not the tree").doesNotExist();
        assertThat(dir.resolve("gen/agent/notes.txt")).exists();
        Generation read = Json.mapper().readValue(dir.resolve("gen/generation.json").toFile(), Generation.class);
        assertThat(read).isEqualTo(g);
        assertThat(read.exitReason()).isEqualTo(ExitReason.STEP_LIMIT);
        assertThat(read.run()).isEqualTo(2);
        assertThat(read.usage()).isEqualTo(new Usage(100, 20, Optional.of(0.5)));
        assertThat(Files.readString(dir.resolve("gen/generation.json"))).contains("\"exitReason\" : \"step_limit\"");
    }

    @Test
    void stopsWhateverTheAgentLeftRunning() throws Exception {
        Path pidFile = dir.resolve("pid");
        generator().generate(agent(run -> {
            // A server started in the background, in a session of its own, outlives the command that started it.
            runner.run(new ProcessSpec("agent command", List.of("bash", "-c", "setsid sleep 300 & echo $! > " + pidFile),
                    run.workspace(), run.environment(), false, run.recordDir().resolve("cmd.log"), 1024,
                    Duration.ofSeconds(10), false));
            return AgentOutcome.submitted(1, Usage.NONE);
        }), "scripted", task, 1, dir.resolve("gen"), Limits.DEFAULT, true);

        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(LiveProcesses.running(pid)).as("the background process is stopped").isFalse();
        assertThat(dir.resolve("gen/workspace")).as("generate --out keeps the tree").isDirectory();
    }

    @Test
    void anAgentThatCrashesIsRecordedAsAnErrorNotRaised() {
        Generation g = generator().generate(agent(run -> {
            throw new IllegalStateException("boom");
        }), "scripted", task, 1, dir.resolve("gen"), Limits.DEFAULT, false);
        assertThat(g.exitReason()).isEqualTo(ExitReason.ERROR);
        assertThat(g.detail()).hasValueSatisfying(d -> assertThat(d).contains("boom", task.id()));
        assertThat(dir.resolve("gen/generation.json")).exists();
    }

    @Test
    void anAgentCutOffBecauseTheSweepIsStoppingIsNotRecorded() {
        try {
            assertThatThrownBy(() -> generator().generate(agent(run -> {
                Thread.currentThread().interrupt();
                return new AgentOutcome(ExitReason.TIME_LIMIT, Optional.of("killed"), 1, Usage.UNKNOWN);
            }), "scripted", task, 1, dir.resolve("gen"), Limits.DEFAULT, false)).hasMessageContaining("interrupted");
            assertThat(dir.resolve("gen/generation.json")).doesNotExist();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void stackBenchsOwnFailuresStopTheGenerationWithoutARecord() {
        assertThatThrownBy(() -> generator().generate(agent(run -> {
            throw StackBenchException.invalidInput("no such model");
        }), "scripted", task, 1, dir.resolve("gen"), Limits.DEFAULT, false)).hasMessageContaining("no such model");
        assertThat(dir.resolve("gen/generation.json")).doesNotExist();
    }

    @Test
    void refusesADirectoryThatAlreadyHoldsFiles() {
        write(dir.resolve("gen/old.txt"), "x");
        assertThatThrownBy(() -> generator().generate(agent(run -> AgentOutcome.submitted(0, Usage.NONE)), "scripted",
                task, 1, dir.resolve("gen"), Limits.DEFAULT, false)).isInstanceOf(StackBenchException.class);
    }

    @Test
    void onAFeatureTaskTheAgentStartsFromTheBaseInAOneCommitRepositoryAndThePatchIsTakenAgainstTheBase() throws Exception {
        Task feature = TaskCatalog.builtin().get("flask-feature-comments");
        List<String> seen = new java.util.ArrayList<>();
        generator().generate(agent(run -> {
            seen.add(String.valueOf(Files.exists(run.workspace().resolve("conduit/routes/articles.py"))));
            seen.add(String.valueOf(Files.exists(run.workspace().resolve("conduit/routes/comments.py"))));
            var log = runner.run(new ProcessSpec("git log", List.of("git", "log", "--oneline"), run.workspace(),
                    run.environment(), false, run.recordDir().resolve("git.log"), 1024, Duration.ofSeconds(10), false));
            try {
                seen.add(String.valueOf(Files.readAllLines(log.log()).size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(run.workspace().resolve("conduit/routes/comments.py"), "# the agent's comments\n");
            return AgentOutcome.submitted(1, Usage.NONE);
        }), "scripted", feature, 1, dir.resolve("gen"), Limits.DEFAULT, false);

        assertThat(seen).as("the base is there, without the feature, in a repository of one commit").containsExactly("true", "false", "1");
        String patch = Files.readString(dir.resolve("gen/solution.patch"));
        assertThat(patch).as("only what the agent changed").contains("+++ b/conduit/routes/comments.py", "the agent's comments")
                .doesNotContain("articles.py", ".git/");
        assertThat(dir.resolve("gen/logs/base")).as("the copy of the base is gone").doesNotExist();
    }
}
