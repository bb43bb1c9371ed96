package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A% per suite feature and level, pooled over the level's greenfield runs of every configuration:
 * <pre>
 * L0  model-a  users 10/10  articles 20/20  comments  5/10  health 1/1
 *     model-b  users  8/10  articles 20/20  comments 10/10
 * L3  model-a  users 10/10  articles 10/20  comments  0/10  tags 2/4
 *     model-a  (a result from before counts by feature: none)
 *     model-b  (the server never started: no assertions, none)
 * → users 90.0 | 100.0; articles 100.0 | 50.0; comments 75.0 | 0.0; tags n/a | 50.0; health left out
 * </pre>
 */
class FeatureByLevelTest {

    private static final String L0 = "flask-openapi-unconstrained";
    private static final String L3 = "flask-openapi-clean_architecture-postgres-sqlalchemy";

    @TempDir
    Path tree;
    private Report report;

    @BeforeEach
    void writeTheTree() {
        SyntheticRun.greenfield(L0).assertions(36, 41).features("users", 10, 10, "articles", 20, 20, "comments", 5, 10, "health", 1, 1)
                .write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield(L0).assertions(38, 40).features("users", 8, 10, "articles", 20, 20, "comments", 10, 10)
                .write(tree, "cmd/model-b", 1);
        SyntheticRun.greenfield(L3).assertions(22, 44).features("users", 10, 10, "articles", 10, 20, "comments", 0, 10, "tags", 2, 4)
                .write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield(L3).assertions(30, 40).write(tree, "cmd/model-a", 2);
        SyntheticRun.greenfield(L3).failedAt("start").write(tree, "cmd/model-b", 1);
        report = Fixtures.report(tree, List.of());
    }

    @Test
    void eachCellIsTheFeaturesPassedOverTotalAssertionsSummedOverTheLevelsRuns() {
        FeatureByLevel table = report.featureByLevel();
        assertThat(table.features()).as("in the suite's order, health left out").containsExactly("users", "articles", "comments", "tags");
        assertThat(table.levels()).as("only levels with counts").containsExactly("L0", "L3");
        assertThat(table.cell("users", "L0").orElseThrow()).isEqualTo(new FeatureByLevel.Pooled("users", "L0", 2, new RunResult.Count(18, 20)));
        assertThat(table.cell("users", "L0").orElseThrow().count().percent()).isEqualTo(90.0);
        assertThat(table.cell("comments", "L0").orElseThrow().count().percent()).isEqualTo(75.0);
        // Runs without counts add nothing: the L3 cells are model-a's first run alone.
        assertThat(table.cell("articles", "L3").orElseThrow()).isEqualTo(new FeatureByLevel.Pooled("articles", "L3", 1, new RunResult.Count(10, 20)));
        assertThat(table.cell("tags", "L0")).isEmpty();
        assertThat(table.cell("health", "L0")).isEmpty();
        assertThat(FeatureSections.byLevel(table).rows()).containsExactly(List.of("users", "90.0", "100.0"),
                List.of("articles", "100.0", "50.0"), List.of("comments", "75.0", "0.0"), List.of("tags", "n/a", "50.0"));
    }

    @Test
    void everyFormatHasTheTable() throws Exception {
        assertThat(render(ReportFormat.TABLE)).contains("A% per suite feature and level", "users      90.0  100.0", "tags        n/a   50.0");
        assertThat(render(ReportFormat.MD)).contains("| feature | L0 | L3 |", "| comments | 75.0 | 0.0 |");
        assertThat(render(ReportFormat.CSV)).contains("\r\nfeature × level,,,,,L0,,2,,90.0000,,,,,,,,,,users,,,18,20,,,,\r\n",
                "\r\nfeature × level,,,,,L3,,1,,50.0000,,,,,,,,,,tags,,,2,4,,,,\r\n");
        JsonNode cells = Json.mapper().readTree(render(ReportFormat.JSON)).path("featureByLevel");
        assertThat(cells).hasSize(7);
        assertThat(cells.get(0).toString()).isEqualTo("{\"feature\":\"users\",\"level\":\"L0\",\"runs\":2,\"passed\":18,\"total\":20,"
                + "\"assertPercent\":90.0}");
        assertThat(render(ReportFormat.LATEX)).contains("\\label{tab:stackbench-feature-level}", "feature & L0 & L3 \\\\",
                "tags & -- & 50.0 \\\\");
        assertThat(render(ReportFormat.HTML)).contains("<table class=\"heat\">",
                "title=\"users L0: 18 of 20 assertions passed over 2 runs\">90.0</td>");
    }

    @Test
    void aTreeOfResultsWithoutCountsByFeatureReportsAsBeforeWithoutTheTable() {
        Report old = Fixtures.report(Fixtures.metrics(), List.of());
        assertThat(old.runs()).isNotEmpty();
        assertThat(old.featureByLevel().isEmpty()).isTrue();
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(old, new RunLinks(Fixtures.metrics()))).as(format.name())
                    .doesNotContain("per suite feature and level", "feature × level", "featureByLevel");
        }
    }

    private String render(ReportFormat format) {
        return format.render(report, new RunLinks(tree));
    }
}
