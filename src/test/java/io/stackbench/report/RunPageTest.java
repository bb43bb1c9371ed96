package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPageTest {

    /** A run the built-in loop made (its trajectory.json as the loop wrote it), with failed requests and findings. */
    private static final Path TREE = Fixtures.resources().resolve("run-page");

    @TempDir
    Path tmp;

    private static Run only(Path tree) {
        List<Run> runs = new ResultsTree().load(tree).runs();
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private String page(Run run) throws IOException {
        Path report = tmp.resolve("out/report.html");
        assertThat(RunPages.write(List.of(run), report)).isEqualTo(1);
        return Files.readString(tmp.resolve("out").resolve(RunPages.pagePath(run)));
    }

    /** A run of the synthetic kind, with {@code trajectory} (JSON) as its trajectory.json when given. */
    private Run synthetic(String trajectory, String assertions) throws IOException {
        Path dir = SyntheticRun.greenfield("flask-openapi-unconstrained").assertions(1, 2).write(tmp.resolve("results"), "openai/m", 1);
        if (trajectory != null) {
            Files.createDirectories(dir.resolve("generation/agent"));
            Files.writeString(dir.resolve(TrajectorySection.FILE), trajectory);
        }
        if (assertions != null) {
            Files.writeString(dir.resolve(FailedRequests.FILE), assertions);
        }
        return only(tmp.resolve("results"));
    }

    private static String agentStep(String reasoning, String command, String output) {
        return """
                {"schema_version": "ATIF-v1.4", "session_id": "s", "agent": {"name": "stackbench-loop", "version": "1"},
                 "steps": [{"step_id": 1, "source": "agent", "message": %s, "reasoning_content": %s,
                   "tool_calls": [{"tool_call_id": "call_1", "function_name": "bash", "arguments": {"command": %s}}],
                   "observation": {"results": [{"source_call_id": "call_1", "content": %s}]},
                   "metrics": {"prompt_tokens": 1200, "completion_tokens": 34, "cached_tokens": 200, "cost_usd": 0.0042},
                   "extra": {"modelSeconds": 2.5, "commandSeconds": 0.75, "exitCode": 2}}]}
                """.formatted(quote(reasoning + "\n```bash\n" + command + "\n```"), quote(reasoning), quote(command), quote(output));
    }

    private static String quote(String text) {
        return io.stackbench.core.Json.mapper().valueToTree(text).toString();
    }

    @Test
    void aRunPageShowsTheOutcomeEveryStepTheFailedRequestsAndTheFindingsLinkedToTheEvidence() throws IOException {
        Run run = only(TREE);
        String html = page(run);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2 id=\"outcome\">", "verifier failed: architecture",
                "44.4 (4 of 9 assertions)", "openai:gpt-4.1-mini · submitted · 7 steps · 25,415 tokens in · 591 out · $0.0111");
        // Steps: the prompts folded, then each model turn with its reasoning, command, output, tokens, cost and time.
        assertThat(Pattern.compile("<section class=\"step ").matcher(html).results().count()).isEqualTo(9);
        assertThat(html).contains("system prompt · ", "task prompt · ",
                "The workspace is empty. First I check which Python and pip the virtualenv gives me.",
                "<pre class=\"command\">python3 -c &#39;import flask_sqlalchemy&#39;</pre>",
                "ModuleNotFoundError: No module named &#39;flask_sqlalchemy&#39;", "<span class=\"fail\">exit 1</span>",
                "2,310 in · 61 out · $0.0010 · model 2.4 s", "Not run: it has no ```bash block");
        // The 61-line output is folded, the 3-line one open.
        assertThat(html).contains("<details class=\"output\"><summary>output · 61 lines", "<details class=\"output\" open><summary>output · 3 lines");
        // Failed requests: root failures listed, the knock-on folded, each with newman's message.
        assertThat(html).contains("3 requests failed on their own, 1 only because an earlier one did",
                "Login as &lt;author&gt; [POST /api/users/login]</span> <span class=\"status\">HTTP 404 · 2 of 2 assertions failed",
                "expected response to have status code 200 but got 404", "<details><summary>1 knock-on failures</summary>",
                "after Login as &lt;author&gt; failed");
        // Findings, static and runtime, linked to the file in the run.
        String runDir = relative(run) + "/openai/gpt-4.1-mini/flask-openapi-clean_architecture/run_1/";
        assertThat(html).contains("architecture.route-imports-repository", "runtime.n-plus-one", "one query per item",
                "href=\"" + runDir + "solution/app.py\">app.py:1</a>", "href=\"" + runDir + "sql.jsonl\">sql.jsonl:12</a>");
        assertThat(html).contains("<a href=\"../../../../report.html\">← report</a>");
    }

    /** The run directory as the page links to it: from the page's directory under tmp/out/runs/…. */
    private String relative(Run run) {
        Path pageDir = tmp.resolve("out").resolve(RunPages.pagePath(run)).getParent();
        return pageDir.relativize(TREE.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    @Test
    void agentOutputIsShownAsTextNeverAsMarkup() throws IOException {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String assertions = """
                [{"request": "%1$s [GET /api/tags]", "assertion": "%1$s → 200", "passed": false, "error": "%1$s", "status": 500}]
                """.formatted(evil.replace("'", "\\u0027"));
        String html = page(synthetic(agentStep("I will " + evil, "echo '" + evil + "'", evil + "\n"), assertions));
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .contains("I will &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Pattern.compile(Pattern.quote("&lt;script&gt;")).matcher(html).results().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aStepShowsItsTokensCachedTokensCostTimesAndExitCode() throws IOException {
        String html = page(synthetic(agentStep("Look.", "ls", "a\nb\n"), null));
        assertThat(html).contains("1,200 in (200 cached) · 34 out · $0.0042 · model 2.5 s · command 0.8 s · <span class=\"fail\">exit 2</span>");
    }

    @Test
    void aRunWithoutATrajectorySaysSoAndLinksToWhatTheAgentLeft() throws IOException {
        Run run = synthetic(null, "[]");
        Files.createDirectories(run.dir().resolve("generation/agent"));
        Files.writeString(run.dir().resolve("generation/agent/agent.log"), "the CLI's output");
        String html = page(run);
        assertThat(html).contains("No trajectory recorded", "agent.log</a>", "No request failed.");
    }

    @Test
    void veryLongOutputIsCutToItsHeadAndTailWithANote() throws IOException {
        String output = "HEAD-MARK\n" + "x".repeat(200_000) + "\nTAIL-MARK\n";
        String html = page(synthetic(agentStep("Flood.", "yes", output), null));
        assertThat(html).contains("HEAD-MARK", "TAIL-MARK", "characters not shown here; trajectory.json has them all");
        assertThat(html.length()).isLessThan(60_000);
    }

    @Test
    void aCliTrajectoryWithoutTheLoopsExtrasShowsItsMessageAndTheTimeToTheNextStep() throws IOException {
        String trajectory = """
                {"schema_version": "ATIF-v1.4", "session_id": "s", "agent": {"name": "codex", "version": "0.1"},
                 "steps": [{"step_id": 1, "source": "user", "message": "Build it."},
                   {"step_id": 2, "source": "agent", "timestamp": "2026-01-01T10:00:00Z", "message": "Creating the file.",
                    "tool_calls": [{"tool_call_id": "c1", "function_name": "write_file", "arguments": {"path": "hello.txt", "content": "hi"}}],
                    "observation": {"results": [{"source_call_id": "c1", "content": "ok"}]}},
                   {"step_id": 3, "source": "agent", "timestamp": "2026-01-01T11:00:04.5+01:00", "message": "Done."}]}
                """;
        String html = page(synthetic(trajectory, null));
        assertThat(html).contains("Creating the file.", "write_file", "path: hello.txt",
                "4.5 s to the next step", "<div class=\"reasoning\">Done.</div>");
    }

    @Test
    void theRunTableLinksEachRunToItsPageOnlyWhenTheReportHasThem() {
        Report report = Fixtures.report(TREE, List.of());
        Path reports = tmp.resolve("out");
        assertThat(ReportFormat.HTML.render(report, new RunLinks(reports, true)))
                .contains("<a href=\"runs/openai/gpt-4.1-mini/flask-openapi-clean_architecture/run_1.html\">run page</a>");
        assertThat(ReportFormat.HTML.render(report, new RunLinks(reports))).doesNotContain("run page");
    }
}
