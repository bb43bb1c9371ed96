package io.stackbench.diagnose;

import static io.stackbench.diagnose.RunDirs.failedRun;
import static io.stackbench.diagnose.RunDirs.passedRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.agent.model.FakeModelServer;
import io.stackbench.agent.model.FakeModelServer.Answer;
import io.stackbench.agent.model.FakeModelServer.Dialect;
import io.stackbench.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LLM judge against a fake model endpoint on loopback: what it is shown, what it records, when it asks again. */
class JudgeTest {

    private static final String INTEGRITY_ERROR = "sqlalchemy.exc.IntegrityError: UNIQUE constraint failed: users.username\n";
    private static final String DATABASE_ERROR = """
            {"category": "logic_error", "subcategory": "database_runtime_error", "reasoning": "The IntegrityError is not handled."}""";

    @TempDir
    Path tree;

    private final Diagnose diagnose = new Diagnose(Json.mapper());
    private FakeModelServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Judge judge(Dialect dialect, Answer... answers) throws IOException {
        if (server == null) {
            server = FakeModelServer.start(dialect);
        }
        server.script(answers);
        String provider = dialect == Dialect.OPENAI ? "openai" : "anthropic";
        return Judge.connect(new Judge.Settings(provider + ":judge-model", Optional.of(server.baseUrl()), Optional.of("test-key"),
                Duration.ofSeconds(10), Map.of()));
    }

    @Test
    void theJudgesOpinionIsRecordedBesideTheClassifiersLabelAndInDiagnosisJson() throws IOException {
        Path runDir = failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        passedRun(tree, "run_2");
        Diagnosis classified = diagnose.results(tree).diagnoses().get(0);

        Judged judged = diagnose.results(tree, judge(Dialect.OPENAI, Answer.reply(DATABASE_ERROR, 900, 40)));

        Diagnosis d = judged.outcome().diagnoses().get(0);
        assertThat(d.label()).isEqualTo(classified.label());
        assertThat(d.rule()).isEqualTo(classified.rule());
        assertThat(d.judge()).contains(new Diagnosis.JudgeOpinion("openai:judge-model", Category.LOGIC_ERROR,
                Optional.of(Subcategory.DATABASE_RUNTIME_ERROR), "The IntegrityError is not handled."));
        assertThat(diagnose.read(runDir).flatMap(Diagnosis::judge)).isEqualTo(d.judge());
        assertThat(judged.outcome().passedRuns()).isEqualTo(1);
        assertThat(judged.asked()).isEqualTo(1);
        assertThat(judged.judgeErrors()).isEmpty();
        JsonNode cache = Json.mapper().readTree(runDir.resolve(Judge.CACHE_FILE).toFile());
        assertThat(cache.path("model").asText()).isEqualTo("openai:judge-model");
        assertThat(cache.path("promptSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(cache.path("opinion").path("subcategory").asText()).isEqualTo("database_runtime_error");
    }

    @Test
    void theJudgeIsShownTheTaxonomyAndTheEvidenceTheClassifierUsed() throws IOException {
        failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);

        diagnose.results(tree, judge(Dialect.OPENAI, Answer.reply(DATABASE_ERROR, 900, 40)));

        JsonNode messages = server.requests().get(0).body().path("messages");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText()).contains("- stuck_in_loop: " + Category.STUCK_IN_LOOP.definition(),
                "- incorrect_query_logic: " + Subcategory.INCORRECT_QUERY_LOGIC.definition(), "\"category\"");
        assertThat(server.requests().get(0).lastMessage()).contains("Framework: flask", "Failing phase: suite: 1 assertion failed",
                "POST /api/users \"POST /users duplicate username\": got 500, expected 422", INTEGRITY_ERROR.strip(), "- orm: passed")
                .doesNotContain("run_1", "gpt-x");
    }

    @Test
    void judgingTheSameEvidenceAgainReusesTheCachedAnswerWithoutARequest() throws IOException {
        failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        Judge judge = judge(Dialect.OPENAI, Answer.reply(DATABASE_ERROR, 900, 40));
        Judged first = diagnose.results(tree, judge);

        Judged second = diagnose.results(tree, judge);

        assertThat(server.requests()).hasSize(1);
        assertThat(second.asked()).isZero();
        assertThat(second.reused()).isEqualTo(1);
        assertThat(second.outcome().diagnoses().get(0).judge()).isEqualTo(first.outcome().diagnoses().get(0).judge());
    }

    @Test
    void aChangedServerLogMeansADifferentPromptSoTheJudgeIsAskedAgain() throws IOException {
        Path runDir = failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        Judge judge = judge(Dialect.OPENAI, Answer.reply(DATABASE_ERROR, 900, 40), Answer.reply("""
                {"category": "logic_error", "subcategory": "business_logic_defect", "reasoning": "No 422 for a taken name."}""", 900, 40));
        diagnose.results(tree, judge);
        Files.writeString(runDir.resolve("logs/server.log"), "POST /api/users 500\n");

        Judged again = diagnose.results(tree, judge);

        assertThat(server.requests()).hasSize(2);
        assertThat(again.asked()).isEqualTo(1);
        assertThat(again.outcome().diagnoses().get(0).judge().flatMap(Diagnosis.JudgeOpinion::subcategory))
                .contains(Subcategory.BUSINESS_LOGIC_DEFECT);
    }

    @Test
    void anotherJudgeModelIsAskedAgainDespiteTheCache() throws IOException {
        failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        diagnose.results(tree, judge(Dialect.OPENAI, Answer.reply(DATABASE_ERROR, 900, 40), Answer.reply(DATABASE_ERROR, 900, 40)));

        Judged other = diagnose.results(tree, Judge.connect(new Judge.Settings("openai:other-model", Optional.of(server.baseUrl()),
                Optional.of("test-key"), Duration.ofSeconds(10), Map.of())));

        assertThat(server.requests()).hasSize(2);
        assertThat(other.outcome().diagnoses().get(0).judge().map(Diagnosis.JudgeOpinion::model)).contains("openai:other-model");
    }

    @Test
    void anAnswerInAJsonFenceWithWordsAroundItIsRead() throws IOException {
        failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        Judge judge = judge(Dialect.ANTHROPIC, Answer.reply("Looking at the log:\n```json\n" + DATABASE_ERROR + "\n```\nThat is all.", 900, 40));

        Judged judged = diagnose.results(tree, judge);

        assertThat(judged.judgeErrors()).isEmpty();
        assertThat(judged.outcome().diagnoses().get(0).judge().flatMap(Diagnosis.JudgeOpinion::subcategory))
                .contains(Subcategory.DATABASE_RUNTIME_ERROR);
    }

    @Test
    void anUnknownCategoryIsAJudgeErrorOfThatRunAloneAndTheOtherRunsAreStillJudged() throws IOException {
        Path broken = failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        failedRun(tree, "run_2", "GET /tags", 404, 200, "");
        Judge judge = judge(Dialect.OPENAI,
                Answer.reply("{\"category\": \"database_error\", \"subcategory\": null, \"reasoning\": \"?\"}", 900, 40),
                Answer.reply("{\"category\": \"incomplete_implementation\", \"subcategory\": null, \"reasoning\": \"No /tags.\"}", 900, 40));

        Judged judged = diagnose.results(tree, judge);

        assertThat(judged.judgeErrors()).singleElement().satisfies(e -> {
            assertThat(e.where()).endsWith("run_1");
            assertThat(e.message()).contains("unknown category 'database_error'");
        });
        Diagnosis first = judged.outcome().diagnoses().get(0);
        assertThat(first.judge()).isEmpty();
        assertThat(diagnose.read(broken).flatMap(Diagnosis::judge)).isEmpty();
        assertThat(broken.resolve(Judge.CACHE_FILE)).doesNotExist();
        assertThat(judged.outcome().diagnoses().get(1).judge().map(Diagnosis.JudgeOpinion::category))
                .contains(Category.INCOMPLETE_IMPLEMENTATION);
    }

    @Test
    void anEndpointThatKeepsFailingIsAJudgeErrorOfThatRun() throws IOException {
        failedRun(tree, "run_1", "POST /users duplicate username", 500, 422, INTEGRITY_ERROR);
        // An exhausted script answers 400, which is not retried.
        Judged judged = diagnose.results(tree, judge(Dialect.OPENAI));

        assertThat(judged.judgeErrors()).singleElement().satisfies(e -> assertThat(e.message()).contains("the judge did not answer"));
        assertThat(judged.outcome().diagnoses()).hasSize(1);
    }

    @Test
    void recordsAreCachedPerRecordIdAndPromptHashInTheCacheDirectory(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("failures.jsonl");
        Files.writeString(records, """
                {"id": "a/1", "framework": "flask", "runtime": "python", "serverStarted": false, "serverLog": "ModuleNotFoundError: No module named 'flask_cors'"}
                {"id": "b", "framework": "koa", "runtime": "node", "serverStarted": true, "requests": [{"name": "GET /tags", "method": "GET", "path": "/api/tags", "status": 404, "failed": 1}]}
                """);
        Path cache = dir.resolve("cache");
        Judge judge = judge(Dialect.OPENAI,
                Answer.reply("{\"category\": \"server_startup_failure\", \"subcategory\": null, \"reasoning\": \"Missing module.\"}", 1, 1),
                Answer.reply("{\"category\": \"incomplete_implementation\", \"subcategory\": null, \"reasoning\": \"No /tags.\"}", 1, 1));

        Judged first = diagnose.records(records, judge, cache);
        Judged second = diagnose.records(records, judge, cache);

        assertThat(first.asked()).isEqualTo(2);
        assertThat(second.reused()).isEqualTo(2);
        assertThat(server.requests()).hasSize(2);
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(2).anyMatch(n -> n.matches("a_1-[0-9a-f]{64}\\.json")).anyMatch(n -> n.matches("b-[0-9a-f]{64}\\.json"));
        }
        assertThat(second.outcome().byId("b").flatMap(Diagnosis::judge).map(Diagnosis.JudgeOpinion::category))
                .contains(Category.INCOMPLETE_IMPLEMENTATION);
    }

    @Test
    void agreementComparesTheClassifierWithTheJudgeOnCategoriesAndOnLogicSubcategories() {
        // 4 judged runs: 3 agree on the category (pₒ = 0.75); classifier {logic 3, startup 1}, judge {logic 2, startup 1,
        // incomplete 1}: pₑ = 3/4·2/4 + 1/4·1/4 = 7/16, κ = (12/16 − 7/16) / (9/16) = 5/9.
        // Both say logic error on two runs, with the same subcategory on one: accuracy 0.5.
        Judged judged = new Judged(new Diagnose.Outcome(java.util.List.of(
                logic("1", Subcategory.AUTH_MISCONFIGURATION, judgedAs(Category.LOGIC_ERROR, Subcategory.AUTH_MISCONFIGURATION)),
                logic("2", Subcategory.INCORRECT_QUERY_LOGIC, judgedAs(Category.LOGIC_ERROR, Subcategory.STATE_PROPAGATION_FAILURE)),
                logic("3", Subcategory.BUSINESS_LOGIC_DEFECT, judgedAs(Category.INCOMPLETE_IMPLEMENTATION, null)),
                diagnosis("4", Category.SERVER_STARTUP_FAILURE, null, judgedAs(Category.SERVER_STARTUP_FAILURE, null)),
                diagnosis("5", Category.UNKNOWN, null, null)), java.util.List.of(), 0), java.util.List.of(), 4, 0);

        Agreement categories = judged.categories();
        Agreement logic = judged.logicSubcategories();

        assertThat(categories.pairs()).isEqualTo(4);
        assertThat(categories.accuracy()).isEqualTo(0.75);
        assertThat(categories.kappa()).isCloseTo(5.0 / 9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(categories.mismatches()).containsExactly("3: logic_error → incomplete_implementation");
        assertThat(logic.pairs()).isEqualTo(2);
        assertThat(logic.accuracy()).isEqualTo(0.5);
        assertThat(logic.mismatches()).containsExactly("2: incorrect_query_logic → state_propagation_failure");
        assertThat(DiagnosisFormats.agreement("judge vs classifier, categories", categories))
                .startsWith("judge vs classifier, categories: 4 runs, accuracy 0.750, Cohen's kappa 0.556");
    }

    private static Diagnosis logic(String id, Subcategory s, Diagnosis.JudgeOpinion judge) {
        return diagnosis(id, Category.LOGIC_ERROR, s, judge);
    }

    private static Diagnosis diagnosis(String id, Category c, Subcategory s, Diagnosis.JudgeOpinion judge) {
        return new Diagnosis(id, c, Optional.ofNullable(s), "rule", java.util.List.of(), 1, 0, Optional.ofNullable(judge));
    }

    private static Diagnosis.JudgeOpinion judgedAs(Category c, Subcategory s) {
        return new Diagnosis.JudgeOpinion("openai:judge-model", c, Optional.ofNullable(s), "because");
    }
}
