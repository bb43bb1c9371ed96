package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.model.FakeModelServer;
import io.stackbench.agent.model.FakeModelServer.Answer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code diagnose --judge} in-process, against a fake model endpoint on loopback. */
class DiagnoseJudgeCommandTest {

    private static final String RECORDS = """
            {"id": "r1", "framework": "flask", "runtime": "python", "serverStarted": false, "serverLog": "ModuleNotFoundError: No module named 'flask_cors'"}
            {"id": "r2", "framework": "koa", "runtime": "node", "serverStarted": true, "requests": [{"name": "GET /tags", "method": "GET", "path": "/api/tags", "status": 404, "failed": 1}]}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeModelServer server;

    @BeforeEach
    void start() throws Exception {
        server = FakeModelServer.start(FakeModelServer.Dialect.OPENAI);
        Files.writeString(dir.resolve("failures.jsonl"), RECORDS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(Map<String, String> environment, String... args) {
        CommandLine cli = new CommandLine(new DiagnoseCommand(environment));
        cli.setExecutionExceptionHandler(Main.commandLine().getExecutionExceptionHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void judgePrintsEachOpinionAndTheAgreementAndReportsAJudgeErrorPerRun() {
        server.script(Answer.reply("{\"category\": \"server_startup_failure\", \"subcategory\": null, \"reasoning\": \"Missing module.\"}", 1, 1),
                Answer.reply("{\"category\": \"broken\", \"subcategory\": null, \"reasoning\": \"?\"}", 1, 1));

        int code = run(Map.of("OPENAI_API_KEY", "test-key"), "--records", dir.resolve("failures.jsonl").toString(),
                "--judge", "openai:judge-model", "--judge-base-url", server.baseUrl());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("judge (openai:judge-model): server_startup_failure — Missing module.",
                "judge openai:judge-model: 1 run judged (2 requests, 0 from the cache), 1 judge error",
                "judge vs classifier, categories: 1 runs, accuracy 1.000");
        assertThat(err.toString()).contains("stackbench: judge: r2: the judge's answer is unusable: unknown category 'broken'");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer test-key"));
        assertThat(dir.resolve(".judge-cache")).isDirectory();
    }

    @Test
    void judgeCacheNamesWhereRecordsAnswersAreKeptAndTheKeyComesFromJudgeApiKeyEnv() {
        server.script(Answer.reply("{\"category\": \"unknown\", \"subcategory\": null, \"reasoning\": \"?\"}", 1, 1),
                Answer.reply("{\"category\": \"unknown\", \"subcategory\": null, \"reasoning\": \"?\"}", 1, 1));

        int code = run(Map.of("MY_KEY", "other-key"), "--records", dir.resolve("failures.jsonl").toString(), "--format", "json",
                "--judge", "openai:judge-model", "--judge-base-url", server.baseUrl(), "--judge-api-key-env", "MY_KEY",
                "--judge-cache", dir.resolve("answers").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"judge\" : {", "\"model\" : \"openai:judge-model\"");
        assertThat(dir.resolve("answers")).isNotEmptyDirectory();
        assertThat(server.requests().get(0).headers().get("authorization")).isEqualTo("Bearer other-key");
    }

    @Test
    void aJudgeThatIsNotOpenaiOrAnthropicOrJudgeOptionsWithoutJudgeAreInputErrors() {
        assertThat(run(Map.of(), "--records", dir.resolve("failures.jsonl").toString(), "--judge", "gemini:pro")).isEqualTo(2);
        assertThat(err.toString()).contains("--judge takes openai:MODEL or anthropic:MODEL");
        assertThat(run(Map.of(), "--records", dir.resolve("failures.jsonl").toString(), "--judge-cache", "x")).isEqualTo(2);
        assertThat(run(Map.of(), "--records", dir.resolve("failures.jsonl").toString(), "--judge", "openai:m")).isEqualTo(2);
        assertThat(err.toString()).contains("set OPENAI_API_KEY");
        assertThat(server.requests()).isEmpty();
    }
}
