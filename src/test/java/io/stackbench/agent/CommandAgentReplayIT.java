package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.cli.Main;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.TaskCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end through the CLI: a {@code cmd:} agent (a script that copies the reference solution
 * into its workspace) is benchmarked, then its results are replayed, first as a StackBench results
 * tree and then laid out as the study released its patches; every replay scores what the agent did.
 */
class CommandAgentReplayIT {

    private static final String FLASK = "flask-openapi-unconstrained";
    private static final String KOA = "koa-openapi-unconstrained";

    @TempDir
    Path tmp;

    private void bench(String agent, String tasks, Path results) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // The copying agent's script and references live in the test's folder, which a sandboxed
        // agent sees only when it is named.
        int code = cli.execute("bench", "--agent", agent, "--tasks", tasks, "--results", results.toString(), "--progress", "none",
                "--agent-read", tmp.resolve("agent-files").toString());
        assertThat(code).as(out + "\n" + err).isZero();
    }

    private static RunResult result(Path runDir) throws Exception {
        return Json.mapper().readValue(runDir.resolve("result.json").toFile(), RunResult.class);
    }

    /** A CLI agent that "solves" a task by copying the reference of the framework its prompt names. */
    private String copyingAgent() throws Exception {
        OracleAgent oracle = new OracleAgent(TestSettings.repo().resolve("references"));
        for (String task : List.of(FLASK, KOA)) {
            oracle.materialise(TaskCatalog.greenfield().get(task),
                    Files.createDirectories(tmp.resolve("agent-files").resolve("refs").resolve(task)));
        }
        Path script = tmp.resolve("agent-files").resolve("copy agent.sh");
        Files.writeString(script, """
                #!/bin/bash
                set -euo pipefail
                prompt="$1"; workspace="$2"; refs="$3"
                if grep -q 'as a Koa application' "$prompt"; then task=%s; else task=%s; fi
                cp -R "$refs/$task/." "$workspace/"
                echo "copied $task"
                """.formatted(KOA, FLASK));
        return "bash " + CommandTemplate.shellQuote(script.toString()) + " {{prompt_file}} {{workspace}} "
                + CommandTemplate.shellQuote(tmp.resolve("agent-files").resolve("refs").toString());
    }

    @Test
    void aCommandAgentsSolutionsScoreFullMarksAndReplayToTheSameScoreFromBothLayouts() throws Exception {
        String template = copyingAgent();
        Path generated = tmp.resolve("generated");
        bench("cmd:" + template, FLASK + "," + KOA, generated);

        Path agentDir = generated.resolve("cmd").resolve(CommandAgent.templateLabel(template));
        for (String task : List.of(FLASK, KOA)) {
            RunResult run = result(agentDir.resolve(task).resolve("run_1"));
            assertThat(run.failingPhase()).as(task + ": " + run.phases()).isEmpty();
            assertThat(run.assertPercent()).as(task).isEqualTo(100.0);
            assertThat(run.generation()).hasValueSatisfying(g -> {
                assertThat(g.agent()).isEqualTo("cmd");
                assertThat(g.exitReason()).isEqualTo("submitted");
                assertThat(g.steps()).isEmpty();
            });
            assertThat(agentDir.resolve(task).resolve("run_1/generation/agent/agent.log")).content().contains("copied " + task);
        }

        Path replayed = tmp.resolve("replayed");
        bench("replay:" + generated, FLASK + "," + KOA, replayed);
        for (String task : List.of(FLASK, KOA)) {
            RunResult again = result(replayed.resolve("cmd").resolve(CommandAgent.templateLabel(template)).resolve(task).resolve("run_1"));
            assertThat(again.assertPercent()).as(task + " replayed").isEqualTo(result(agentDir.resolve(task).resolve("run_1")).assertPercent());
            assertThat(again.generation()).hasValueSatisfying(g -> assertThat(g.exitReason()).isEqualTo("submitted"));
        }

        Path study = tmp.resolve("study");
        Path released = study.resolve("python/someagent/somemodel").resolve(FLASK).resolve("2025-06-01/run_1/x.patch");
        Files.createDirectories(released.getParent());
        Files.copy(agentDir.resolve(FLASK).resolve("run_1/solution.patch"), released);
        Path fromStudy = tmp.resolve("from-study");
        bench("replay:" + study, FLASK, fromStudy);
        RunResult studyRun = result(fromStudy.resolve("someagent/somemodel").resolve(FLASK).resolve("run_1"));
        assertThat(studyRun.assertPercent()).isEqualTo(100.0);
        assertThat(studyRun.generation()).hasValueSatisfying(g -> assertThat(List.of(g.agent(), g.model()))
                .containsExactly("someagent", "somemodel"));
    }
}
