package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data-layer-sound A% (strict A%, also 0 when a runtime rule failed) and the runtime rules' table:
 * a mean over the runs the runtime rules checked, never counting an unchecked run as 0.
 */
class DataLayerSoundTest {

    private static final String N_PLUS_ONE = "runtime.n-plus-one";
    private static final String DATABASE_UNUSED = "runtime.database-unused";

    @TempDir
    Path tree;

    @Test
    void aRunFailingARuntimeRuleScoresZeroDataLayerSoundButKeepsItsStrictAssertPercent() {
        RunResult run = SyntheticRun.greenfield("flask-openapi-postgres").assertions(8, 10)
                .runtimeRule(DATABASE_UNUSED, true).runtimeRule(N_PLUS_ONE, false).build();
        assertThat(run.strictAssertPercent()).isEqualTo(80.0);
        assertThat(run.dataLayerSoundAssertPercent()).contains(0.0);

        SyntheticRun.greenfield("flask-openapi-postgres").assertions(8, 10).runtimeRule(DATABASE_UNUSED, true)
                .runtimeRule(N_PLUS_ONE, false).write(tree, "cmd/model-x", 1);
        Report report = Fixtures.report(tree, List.of());
        DataLayerSound.Row row = report.dataLayerSound().rows().get(0);
        assertThat(row.level()).isEqualTo("L1");
        assertThat(row.strictAssertPercent()).isEqualTo(80.0);
        assertThat(row.soundAssertPercent()).hasValue(0.0);
        assertThat(Sections.dataLayerSound(report.dataLayerSound()).rows())
                .containsExactly(List.of("cmd/model-x", "L1", "1", "1", "80.0", "0.0"));
        // The study's cells keep the strict A% the runtime rules do not touch.
        assertThat(report.table(Report.MAIN).cells().get(0).strictAssertPercent()).isEqualTo(80.0);
        TextTable rules = Sections.runtimeRules(Sections.RUNTIME_RULES, report.runtimeRules());
        assertThat(rules.headers()).containsExactly("configuration", "runs", "checked", "not checked",
                "runtime.database-unused", "runtime.database-other", "runtime.n-plus-one", "runtime.raw-sql");
        assertThat(rules.rows()).containsExactly(List.of("cmd/model-x", "1", "1", "0", "0 of 1", "n/a", "1 of 1", "n/a"));
    }

    @Test
    void aRuleThatCouldNotJudgeNeitherZeroesTheRunNorCountsAsRunInTheRulesTable() {
        SyntheticRun.greenfield("flask-openapi-postgres").assertions(8, 10).runtimeRule(DATABASE_UNUSED, true)
                .runtimeRuleCannotJudge(N_PLUS_ONE, "no list endpoint returned the probe's items").write(tree, "cmd/model-x", 1);
        Report report = Fixtures.report(tree, List.of());
        assertThat(report.dataLayerSound().rows().get(0).soundAssertPercent()).hasValue(80.0);
        TextTable rules = Sections.runtimeRules(Sections.RUNTIME_RULES, report.runtimeRules());
        assertThat(rules.rows()).containsExactly(List.of("cmd/model-x", "1", "1", "0", "0 of 1", "n/a", "n/a", "n/a"));
    }

    @Test
    void aCellMixingCheckedAndUncheckedRunsAveragesOnlyTheCheckedOnesAndSaysSo() throws Exception {
        // One task, three runs: 90 and 70 checked (70 fails a rule, so 0), 60 unchecked. Strict A% is over
        // all three (73.3); data-layer-sound A% over the two checked ones ((90 + 0) / 2 = 45), not over three (30).
        SyntheticRun.greenfield("flask-openapi-postgres").assertions(9, 10).runtimeRule(N_PLUS_ONE, true).write(tree, "cmd/model-x", 1);
        SyntheticRun.greenfield("flask-openapi-postgres").assertions(7, 10).runtimeRule(N_PLUS_ONE, false).write(tree, "cmd/model-x", 2);
        SyntheticRun.greenfield("flask-openapi-postgres").assertions(6, 10).notChecked("not sealed").write(tree, "cmd/model-x", 3);
        Report report = Fixtures.report(tree, List.of());

        DataLayerSound.Row row = report.dataLayerSound().rows().get(0);
        assertThat(row.runs()).isEqualTo(3);
        assertThat(row.checkedRuns()).isEqualTo(2);
        assertThat(row.strictAssertPercent()).isCloseTo(220.0 / 3, within(1e-9));
        assertThat(row.soundAssertPercent().getAsDouble()).isCloseTo(45.0, within(1e-9));
        assertThat(Sections.dataLayerSound(report.dataLayerSound()).rows())
                .containsExactly(List.of("cmd/model-x", "L1", "3", "1", "73.3", "45.0 (2 of 3 runs checked)"));
        assertThat(Sections.runtimeRules(Sections.RUNTIME_RULES, report.runtimeRules()).rows())
                .containsExactly(List.of("cmd/model-x", "3", "2", "1", "n/a", "n/a", "1 of 2", "n/a"));

        String csv = ReportFormat.CSV.render(report, new RunLinks(tree));
        assertThat(csv).contains("data-layer-sound A%,cmd,model-x,,,L1,,3,1,,73.3333,,,,,,,,,,,,,,45.0000,2,,\r\n",
                "runtime rules,cmd,model-x,,,,,3,,,,,,,,,,,,,,,,,,2,,\r\n",
                "runtime rules,cmd,model-x,,,,,2,,,,,,,,,,,,,,,,,,,runtime.n-plus-one,1\r\n");
        JsonNode json = Json.mapper().readTree(ReportFormat.JSON.render(report, new RunLinks(tree)));
        assertThat(json.at("/dataLayerSound/0/dataLayerSoundAssertPercent").asDouble()).isEqualTo(45.0);
        assertThat(json.at("/dataLayerSound/0/checkedRuns").asInt()).isEqualTo(2);
        assertThat(json.at("/runtimeRules/0/notChecked").asInt()).isEqualTo(1);
        assertThat(json.at("/runtimeRules/0/rules/runtime.n-plus-one/failed").asInt()).isEqualTo(1);
        assertThat(ReportFormat.LATEX.render(report, new RunLinks(tree))).contains("cmd/model-x & L1 & 3 & 1 & 73.3 & 45.0 (2 of 3 runs checked) \\\\");
    }

    @Test
    void theFeatureTasksTableShowsDataLayerSoundBesideStrictOverTheCheckedRuns() {
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(10, 10, 90, 90)
                .runtimeRule(N_PLUS_ONE, true).write(tree, "cmd/model-x", 1);
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(5, 10, 85, 90)
                .notChecked("not sealed").write(tree, "cmd/model-x", 2);
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(10, 10, 90, 90).write(tree, "cmd/model-y", 1);
        Report report = Fixtures.report(tree, List.of());

        TextTable tasks = FeatureSections.tasks(report.featureTasks());
        int strict = tasks.headers().indexOf("strict A%");
        assertThat(tasks.headers().get(strict + 1)).isEqualTo("data-layer-sound A%");
        assertThat(tasks.rows().get(0).subList(strict, strict + 2)).containsExactly("95.0", "100.0 (1 of 2 runs checked)");
        assertThat(tasks.rows().get(1).subList(strict, strict + 2)).containsExactly("100.0", "n/a");
        assertThat(FeatureSections.runtimeRules(report.featureTasks()).rows()).containsExactly(
                List.of("cmd/model-x", "2", "1", "1", "n/a", "n/a", "0 of 1", "n/a"),
                List.of("cmd/model-y", "1", "0", "1", "n/a", "n/a", "n/a", "n/a"));
    }

    @Test
    void aTreeWithNoDataLayerFieldsShowsNotAvailableAndNoZero() throws Exception {
        Report report = Fixtures.report(Fixtures.metrics(), List.of());
        assertThat(report.runs()).allSatisfy(r -> assertThat(r.result().dataLayer()).isEmpty());

        TextTable table = Sections.dataLayerSound(report.dataLayerSound());
        int sound = table.headers().indexOf("data-layer-sound A%");
        // The L3 run's strict A% is 0.0; its data-layer-sound A% is not known, so not 0.
        assertThat(table.rows()).extracting(r -> r.get(sound)).containsExactly("n/a", "n/a", "n/a");
        assertThat(table.rows()).extracting(r -> r.get(sound - 1)).containsExactly("91.7", "56.7", "0.0");
        assertThat(Sections.runtimeRules(Sections.RUNTIME_RULES, report.runtimeRules()).rows())
                .containsExactly(List.of("cmd/model-x", "10", "0", "10", "n/a", "n/a", "n/a", "n/a"));

        RunLinks links = new RunLinks(Fixtures.metrics());
        JsonNode json = Json.mapper().readTree(ReportFormat.JSON.render(report, links));
        assertThat(json.get("dataLayerSound")).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("dataLayerSoundAssertPercent").isNull()).isTrue();
            assertThat(row.get("checkedRuns").asInt()).isZero();
        });
        String csv = ReportFormat.CSV.render(report, links);
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(",", -1));
        int column = header.indexOf("data_layer_sound_assert_percent");
        assertThat(csv.lines().filter(l -> l.startsWith("data-layer-sound A%,"))).hasSize(3)
                .allSatisfy(l -> assertThat(l.split(",", -1)[column]).isEmpty());
        assertThat(ReportFormat.MD.render(report, links)).contains("| cmd/model-x | L3 | 1 | 1 | 0.0 | n/a |");
    }

    @Test
    void theHtmlUnfoldsARunsStatementsPerRequestTheProbeAndItsFindingsEscaped() {
        SyntheticRun run = SyntheticRun.greenfield("flask-openapi-postgres")
                .request("Users/Register", "POST", "/api/users", 1, 0.4)
                .request("Articles/List <all>", "GET", "/api/articles", 9, 3.25)
                .request("Tags/List", "GET", "/api/tags", 3, 0.5)
                .request("Articles/Feed", "GET", "/api/articles/feed", 12, 4.0)
                .request("Profiles/Get", "GET", "/api/profiles/jake", 2, 0.3)
                .request("Comments/List", "GET", "/api/articles/x/comments", 7, 1.0)
                .request("Favorites/Add", "POST", "/api/articles/x/favorite", 5, 0.9)
                .probe("GET /articles", 5, 7, 50, 52, "")
                .probe("GET /articles?tag=", 0, 2, 0, 2, "returned none of the items created")
                .runtimeRule(DATABASE_UNUSED, true)
                .runtimeRule(N_PLUS_ONE, false, 42, "GET /articles issues one query per article & author");
        run.write(tree, "cmd/model-x", 1);
        SyntheticRun.greenfield("flask-openapi-unconstrained").write(tree, "cmd/model-x", 1);
        Path reports = tree.resolve("reports");
        String html = ReportFormat.HTML.render(Fixtures.report(tree, List.of()), new RunLinks(reports));

        assertThat(html).contains("<th class=\"label\">data layer</th>",
                "<summary>statements per request (39 statements; failed: runtime.n-plus-one)</summary>",
                "<span class=\"part\">Articles/List &lt;all&gt;</span><span class=\"request\">GET /api/articles</span>"
                        + "<span class=\"count\">9 statements</span><span class=\"count\">3.2 ms</span>",
                "<li><span>GET /articles</span><span>5</span><span>7</span><span>50</span><span>52</span><span></span></li>",
                "<span>returned none of the items created</span>",
                "<span class=\"message\">GET /articles issues one query per article &amp; author</span>"
                        + "<a href=\"../cmd/model-x/flask-openapi-postgres/run_1/sql.jsonl\">sql.jsonl:42</a>",
                "data-filter-text=\"runtime.n-plus-one\"");
        // The suite's order is kept, and the five requests with most statements are marked.
        String requests = html.substring(html.indexOf("<ol class=\"requests\">"), html.indexOf("</ol>"));
        assertThat(requests.indexOf("Users/Register")).isLessThan(requests.indexOf("Articles/List")).isLessThan(requests.indexOf("Favorites/Add"));
        assertThat(Pattern.compile("<li class=\"heavy\"><span class=\"part\">([^<]*)</span>").matcher(requests).results()
                .map(m -> m.group(1))).containsExactly("Articles/List &lt;all&gt;", "Tags/List", "Articles/Feed", "Comments/List",
                "Favorites/Add");
        // Still one row per run: the details are lists, not tables.
        String body = html.substring(html.indexOf("<tbody>", html.indexOf("<table id=\"runs\"")));
        assertThat(Pattern.compile("<tr").matcher(body).results().count()).isEqualTo(2);
        // The run without a data layer says so.
        assertThat(body).contains("<td class=\"label datalayer\">n/a</td>");
    }
}
