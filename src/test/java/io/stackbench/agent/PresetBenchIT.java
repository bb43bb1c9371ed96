package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.scripted.Reply;
import io.stackbench.agent.scripted.ScriptedModelServer;
import io.stackbench.cli.CliRun;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.Task;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI preset through a whole sweep: the real, pinned Claude Code, driven by the scripted model
 * server, writes the Flask reference solution one file per {@code Write} call, and
 * {@code stackbench bench} evaluates what it left to a score.
 */
class PresetBenchIT {

    private static final String TASK = "flask-openapi-unconstrained";
    private static final String MODEL = "claude-sonnet-4-5";
    private static final Pattern CWD = Pattern.compile("Primary working directory: (\\S+)");

    @TempDir
    Path tmp;

    @Test
    void claudeCodeWritesTheReferenceThroughBenchAndTheSweepScoresIt() throws Exception {
        Task task = TaskCatalog.greenfield().get(TASK);
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        new OracleAgent(TestSettings.repo().resolve("references")).materialise(task, reference);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reference)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path results = tmp.resolve("results");
        CliRun bench;
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> {
            Matcher cwd = CWD.matcher(request.conversationText());
            int written = request.toolResults();
            if (!request.offersTools() || !cwd.find() || written >= files.size()) {
                return Reply.text("The project is written.");
            }
            Path file = files.get(written);
            try {
                return Reply.toolCall("Write", Map.of("file_path", cwd.group(1) + "/" + reference.relativize(file),
                        "content", Files.readString(file)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            bench = CliRun.of("bench", "--agent", "claude-code:" + MODEL, "--base-url", server.baseUrl(), "--tasks", TASK,
                    "--results", results.toString(), "--progress", "none", "--time-limit", "600");
            assertThat(bench.code()).as("preset claude-code through bench\n" + bench.transcript()).isZero();
            assertThat(server.unexpected()).isEmpty();
            assertThat(server.calls()).as("one Write per file, then the closing text").hasSize(files.size() + 1);
        }
        Path run = results.resolve("claude-code").resolve(MODEL).resolve(TASK).resolve("run_1");
        RunResult result = Json.mapper().readValue(run.resolve("result.json").toFile(), RunResult.class);
        assertThat(result.failingPhase()).as(bench.out()).isEmpty();
        assertThat(result.assertPercent()).isEqualTo(100.0);
        assertThat(result.strictAssertPercent()).isEqualTo(100.0);
        assertThat(result.generation()).hasValueSatisfying(g -> {
            assertThat(g.agent()).isEqualTo("claude-code");
            assertThat(g.exitReason()).isEqualTo("submitted");
            assertThat(g.steps()).contains(files.size() + 1);
            assertThat(g.inputTokens()).isPresent();
            assertThat(g.costUsd()).isPresent();
        });
        assertThat(run.resolve("generation/agent/" + Atif.FILE)).exists();

        // The report's run page shows the CLI's own steps, converted to ATIF.
        Path report = tmp.resolve("report").resolve("report.html");
        assertThat(CliRun.of("report", results.toString(), "--format", "html", "--output", report.toString()).code()).isZero();
        Path page = report.resolveSibling("runs/claude-code/" + MODEL + "/" + TASK + "/run_1.html");
        assertThat(page).content().contains("Agent steps", "Write", "app.py").doesNotContain("No trajectory recorded");
    }
}
