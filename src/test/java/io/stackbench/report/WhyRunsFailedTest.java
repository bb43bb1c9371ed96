package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import io.stackbench.diagnose.Category;
import io.stackbench.diagnose.Diagnosis;
import io.stackbench.diagnose.Subcategory;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's taxonomy of failures, from diagnosis.json files written by hand. The tree:
 * <pre>
 * cmd/model-x  1 run passed; 7 failed: logic/incorrect_query_logic ×2, logic/database_runtime_error,
 *              logic/auth_misconfiguration, server_startup_failure, schema_format_error, and one
 *              without a diagnosis.json
 *              → logic 57.1 (4), startup 14.3 (1), schema 14.3 (1), not diagnosed 14.3 (1) of failed runs;
 *                query 50.0 (2), database 25.0 (1), auth 25.0 (1), data layer 75.0 (3) of logic errors
 * cmd/model-y  1 run passed, with a stale diagnosis beside it (ignored); 3 failed: stuck_in_loop,
 *              constraint_violation, and one whose diagnosis.json is broken (not diagnosed)
 *              → 33.3 (1) each; no logic errors, so the subcategories are n/a
 * cmd/model-z  6 failed, all diagnosed, one of each remaining kind (for the example page)
 * </pre>
 * Run with {@code -Dstackbench.exampleReport=/tmp/taxonomy-report.html} to also write the HTML report
 * of this tree there, to look at.
 */
class WhyRunsFailedTest {

    private static final String UNCONSTRAINED = "flask-openapi-unconstrained";
    private static final String POSTGRES = "flask-openapi-postgres";
    private static final String SQLITE = "koa-openapi-sqlite";

    @TempDir
    Path results;
    private Report report;

    @BeforeEach
    void writeTheTree() throws Exception {
        write("model-x", UNCONSTRAINED, 1, true, null, null);
        write("model-x", UNCONSTRAINED, 2, false, Category.LOGIC_ERROR, Subcategory.INCORRECT_QUERY_LOGIC);
        write("model-x", POSTGRES, 1, false, Category.LOGIC_ERROR, Subcategory.INCORRECT_QUERY_LOGIC);
        write("model-x", POSTGRES, 2, false, Category.LOGIC_ERROR, Subcategory.DATABASE_RUNTIME_ERROR);
        write("model-x", POSTGRES, 3, false, Category.LOGIC_ERROR, Subcategory.AUTH_MISCONFIGURATION);
        write("model-x", SQLITE, 1, false, Category.SERVER_STARTUP_FAILURE, null);
        write("model-x", SQLITE, 2, false, Category.SCHEMA_FORMAT_ERROR, null);
        write("model-x", SQLITE, 3, false, null, null);
        write("model-y", UNCONSTRAINED, 1, true, Category.LOGIC_ERROR, Subcategory.INCORRECT_QUERY_LOGIC);
        write("model-y", UNCONSTRAINED, 2, false, Category.STUCK_IN_LOOP, null);
        write("model-y", POSTGRES, 1, false, Category.CONSTRAINT_VIOLATION, null);
        write("model-y", POSTGRES, 2, false, null, null);
        Files.writeString(results.resolve("cmd/model-y").resolve(POSTGRES).resolve("run_2/diagnosis.json"), "{\"category\": ");
        write("model-z", UNCONSTRAINED, 1, false, Category.PREMATURE_TERMINATION, null);
        write("model-z", UNCONSTRAINED, 2, false, Category.INCOMPLETE_IMPLEMENTATION, null);
        write("model-z", POSTGRES, 1, false, Category.LOGIC_ERROR, Subcategory.INCORRECT_QUERY_LOGIC);
        write("model-z", POSTGRES, 2, false, Category.LOGIC_ERROR, Subcategory.FRAMEWORK_IDIOSYNCRASY);
        write("model-z", SQLITE, 1, false, Category.LOGIC_ERROR, Subcategory.BUSINESS_LOGIC_DEFECT);
        write("model-z", SQLITE, 2, false, Category.LOGIC_ERROR, Subcategory.STATE_PROPAGATION_FAILURE);
        report = Fixtures.report(results, List.of());
    }

    @Test
    void categoriesAreSharesOfAllFailedRunsAndRunsWithoutADiagnosisCountAsNotDiagnosed() {
        Failures x = failures("model-x");
        assertThat(x.failedRuns()).isEqualTo(7);
        assertThat(x.diagnosed()).isEqualTo(6);
        assertThat(share(x.categories(), "logic_error").runs()).isEqualTo(4);
        assertThat(share(x.categories(), "logic_error").percent().getAsDouble()).isCloseTo(400.0 / 7, within(1e-9));
        assertThat(share(x.categories(), "server_startup_failure").percent().getAsDouble()).isCloseTo(100.0 / 7, within(1e-9));
        assertThat(share(x.categories(), "not_diagnosed").runs()).isEqualTo(1);
        assertThat(share(x.categories(), "not_diagnosed").percent().getAsDouble()).isCloseTo(100.0 / 7, within(1e-9));
        assertThat(x.categories().stream().mapToDouble(s -> s.percent().getAsDouble()).sum()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void logicSubcategoriesAndTheDataLayerAreSharesOfLogicErrors() {
        Failures x = failures("model-x");
        assertThat(x.logicErrors()).isEqualTo(4);
        assertThat(share(x.subcategories(), "logic_error/incorrect_query_logic").percent()).hasValue(50.0);
        assertThat(share(x.subcategories(), "logic_error/database_runtime_error").percent()).hasValue(25.0);
        assertThat(share(x.subcategories(), "logic_error/auth_misconfiguration").percent()).hasValue(25.0);
        assertThat(x.dataLayer().runs()).isEqualTo(3);
        assertThat(x.dataLayer().percent()).hasValue(75.0);
        assertThat(failures("model-y").dataLayer().percent()).as("no logic errors").isEmpty();
    }

    @Test
    void aDiagnosisBesideARunThatPassedOrOneThatCannotBeReadIsNotCounted() {
        Failures y = failures("model-y");
        assertThat(y.failedRuns()).isEqualTo(3);
        assertThat(y.diagnosed()).isEqualTo(2);
        assertThat(y.notDiagnosed()).isEqualTo(1);
        assertThat(share(y.categories(), "logic_error").runs()).as("the stale diagnosis of the run that passed").isZero();
        assertThat(report.runs().stream().filter(r -> r.result().success()).allMatch(r -> r.diagnosis().isEmpty())).isTrue();
    }

    @Test
    void theTextTableHasAColumnPerConfigurationAndSaysHowToDiagnoseTheRest() {
        TextTable table = Sections.failures(report.failures());
        assertThat(table.headers()).containsExactly("failure", "of", "cmd/model-x", "cmd/model-y", "cmd/model-z");
        assertThat(table.title()).contains("2 failed runs have no diagnosis: run `stackbench diagnose RESULTS`");
        assertThat(table.rows()).contains(List.of("failed runs", "", "7", "3", "6"), List.of("diagnosed", "", "6", "2", "6"),
                List.of("logic error", "failed runs", "57.1 (4)", "0.0 (0)", "66.7 (4)"),
                List.of("not diagnosed", "failed runs", "14.3 (1)", "33.3 (1)", "0.0 (0)"),
                List.of("incorrect query logic", "logic errors", "50.0 (2)", "n/a", "25.0 (1)"),
                List.of("data layer (query + database)", "logic errors", "75.0 (3)", "n/a", "25.0 (1)"));
    }

    @Test
    void everyFormatHasTheSection() throws Exception {
        assertThat(render(ReportFormat.TABLE)).contains("why runs failed (% of failed runs or of logic errors",
                "data layer (query + database)  logic errors     75.0 (3)");
        assertThat(render(ReportFormat.MD)).contains("## why runs failed", "| not diagnosed | failed runs | 14.3 (1) | 33.3 (1) | 0.0 (0) |");
        // The feature columns come after the failures' and are empty in their rows.
        assertThat(render(ReportFormat.CSV)).contains(",failure,denominator,percent,feature,",
                "why runs failed,cmd,model-x,,,,,1,,,,,,,,,not_diagnosed,failed_runs,14.2857,,,,,,,,,\r\n",
                "why runs failed,cmd,model-x,,,,,3,,,,,,,,,data_layer,logic_errors,75.0000,,,,,,,,,\r\n",
                "why runs failed,cmd,model-y,,,,,0,,,,,,,,,logic_error/incorrect_query_logic,logic_errors,,,,,,,,,,\r\n");
        JsonNode x = Json.mapper().readTree(render(ReportFormat.JSON)).path("whyRunsFailed").get(0);
        assertThat(x.path("model").asText()).isEqualTo("model-x");
        assertThat(x.path("failedRuns").asInt()).isEqualTo(7);
        assertThat(x.path("diagnosed").asInt()).isEqualTo(6);
        assertThat(x.path("notDiagnosed").path("percent").asDouble()).isEqualTo(14.2857);
        assertThat(x.path("categories").path("logic_error").path("percent").asDouble()).isEqualTo(57.1429);
        assertThat(x.path("logicSubcategories").path("incorrect_query_logic").path("runs").asInt()).isEqualTo(2);
        assertThat(x.path("dataLayer").path("percent").asDouble()).isEqualTo(75.0);
        assertThat(render(ReportFormat.LATEX)).contains("\\label{tab:stackbench-failures}", "Failure & Of & cmd/model-x",
                "data layer (query + database) & logic errors & 75.0 (3) & -- & 25.0 (1) \\\\");
        assertThat(render(ReportFormat.HTML)).contains("<h2>Why runs failed</h2>", "<svg id=\"failure-chart\"", "<svg id=\"logic-chart\"");
    }

    @Test
    void theHtmlChartsStackOneBarPerConfigurationWithALegendAndBracketTheDataLayer() throws Exception {
        String categories = FailureChart.categories(report.failures());
        assertThat(categories).contains("role=\"img\"", "<title>", ">4 logic error</text>", ">9 not diagnosed</text>",
                "cmd/model-x: logic error, 4 of 7 failed runs (57.1%)");
        // model-x: 4 kinds, model-y: 3, model-z: 3.
        assertThat(Pattern.compile("class=\"segment\"").matcher(categories).results().count()).isEqualTo(10);
        String logic = FailureChart.logic(report.failures());
        assertThat(logic).contains("data layer (query + database):", "other logic errors:", ">a incorrect query logic</text>",
                ">data layer: 75.0% (3 of 4)</text>", "no logic errors");
        assertThat(Pattern.compile("class=\"bracket\"").matcher(logic).results().count()).as("model-x and model-z").isEqualTo(2);
        String html = render(ReportFormat.HTML);
        String example = System.getProperty("stackbench.exampleReport", "");
        if (!example.isEmpty()) {
            Files.writeString(Path.of(example), html);
        }
    }

    @Test
    void withoutAnyDiagnosisTheSectionIsOneNoteAndNoChart(@TempDir Path bare) {
        Json.writeAtomically(Json.mapper(), bare.resolve("cmd/model-x").resolve(POSTGRES).resolve("run_1/result.json"), run(POSTGRES, false));
        Json.writeAtomically(Json.mapper(), bare.resolve("cmd/model-x").resolve(POSTGRES).resolve("run_2/result.json"), run(POSTGRES, false));
        Report undiagnosed = Fixtures.report(bare, List.of());
        String note = "none of the 2 failed runs has a diagnosis.json; run `stackbench diagnose RESULTS` to classify them";
        assertThat(ReportFormat.TABLE.render(undiagnosed, new RunLinks(bare))).endsWith("\nwhy runs failed: " + note + "\n");
        assertThat(ReportFormat.MD.render(undiagnosed, new RunLinks(bare))).endsWith("## why runs failed\n\n" + note + "\n");
        assertThat(ReportFormat.LATEX.render(undiagnosed, new RunLinks(bare))).endsWith("% why runs failed: " + note + "\n");
        assertThat(ReportFormat.HTML.render(undiagnosed, new RunLinks(bare))).contains("<p class=\"note\">" + note + "</p>")
                .doesNotContain("failure-chart");
    }

    private Failures failures(String model) {
        return report.failures().stream().filter(f -> f.configuration().model().equals(model)).findFirst().orElseThrow();
    }

    private static Failures.Share share(List<Failures.Share> shares, String id) {
        return shares.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private String render(ReportFormat format) {
        return format.render(report, new RunLinks(results));
    }

    private void write(String model, String task, int number, boolean success, Category category, Subcategory subcategory) {
        Path runDir = results.resolve("cmd").resolve(model).resolve(task).resolve("run_" + number);
        Json.writeAtomically(Json.mapper(), runDir.resolve("result.json"), run(task, success));
        if (category != null) {
            Json.writeAtomically(Json.mapper(), runDir.resolve("diagnosis.json"), new Diagnosis("cmd/" + model + "/" + task + "/run_" + number,
                    category, Optional.ofNullable(subcategory), "hand-written", List.of("written by the test"), 1, 0, Optional.empty()));
        }
    }

    private static RunResult run(String task, boolean success) {
        String[] parts = task.split("-");
        List<String> constraints = parts[2].equals("unconstrained") ? List.of() : List.of(parts[2]);
        int passed = success ? 10 : 5;
        return new RunResult(RunResult.SCHEMA, new RunResult.TaskInfo(task, parts[0], parts[0].equals("koa") ? "node" : "python",
                constraints, constraints.size()),
                new RunResult.SolutionInfo("fixture", "directory", "solution", "solution.patch"), Instant.EPOCH, 1.0,
                List.of(new PhaseResult("suite", PhaseResult.Status.PASSED, 1.0, Optional.empty(), Optional.empty())),
                new RunResult.Assertions("conduit", "0".repeat(64), 10, passed, 10 - passed, 0, 10 - passed, 0),
                10.0 * passed, 10.0 * passed, Optional.empty(),
                constraints.isEmpty() ? List.of() : List.of(new VerifyReport.Verdict("database", true, List.of())), success,
                Map.of("stackbench", "test"), Optional.empty(), "sandbox", Optional.empty());
    }
}
