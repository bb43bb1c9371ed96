package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature tasks' section (the study's Table 2b), computed by hand; every metric a mean over runs:
 * <pre>
 * configuration  task (removed feature)        own      rest      A%             strict   success
 * cmd/model-x    flask-feature-comments run 1  10/10    100/100   100            100      yes
 *                flask-feature-comments run 2   5/10     90/100   95/110=86.36   86.36    no
 *                express-feature-favorites      8/8      92/92    100            0 (verifier fails)  no
 *                → pass@1 33.3, A% 95.45, own 83.33, rest 96.67, strict 62.12
 * cmd/model-y    flask-feature-comments        0/0       0/0      0 (never started)  0    no
 *                my-bookmarks (bookmarks)       3/4      96/96    99             99       no
 *                → pass@1 0, A% 49.5, own 37.5, rest 50, strict 49.5
 * own A% by removed feature: comments x 75, y 0; favorites x 100; bookmarks y 75
 * </pre>
 */
class FeatureTasksSectionTest {

    @TempDir
    Path tree;
    private Report report;

    @BeforeEach
    void writeTheTree() {
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(10, 10, 100, 100).write(tree, "cmd/model-x", 1);
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(5, 10, 90, 100).write(tree, "cmd/model-x", 2);
        SyntheticRun.feature("express-feature-favorites", "express", "favorites").ownAndRest(8, 8, 92, 92).verifierFails()
                .write(tree, "cmd/model-x", 1);
        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(0, 0, 0, 0).failedAt("start")
                .write(tree, "cmd/model-y", 1);
        // A feature of the user's own, under an id of the user's own.
        SyntheticRun.feature("my-bookmarks", "flask", "bookmarks").ownAndRest(3, 4, 96, 96).write(tree, "cmd/model-y", 1);
        report = Fixtures.report(tree, List.of());
    }

    @Test
    void eachConfigurationsMetricsAreMeansOverItsRuns() {
        FeatureTaskScore x = report.featureTasks().byConfiguration().get(0);
        assertThat(x.configuration()).isEqualTo(new Configuration("cmd", "model-x"));
        assertThat(x.runs()).isEqualTo(3);
        assertThat(x.tasks()).isEqualTo(2);
        assertThat(x.passAt1()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(x.assertPercent()).isCloseTo((200 + 9500.0 / 110) / 3, within(1e-9));
        assertThat(x.ownAssertPercent().getAsDouble()).isCloseTo(250.0 / 3, within(1e-9));
        assertThat(x.restAssertPercent().getAsDouble()).isCloseTo(290.0 / 3, within(1e-9));
        assertThat(x.strictAssertPercent()).isCloseTo((100 + 9500.0 / 110) / 3, within(1e-9));
        FeatureTaskScore y = report.featureTasks().byConfiguration().get(1);
        assertThat(y.passAt1()).isZero();
        assertThat(y.assertPercent()).isCloseTo(49.5, within(1e-9));
        // A server that never started has no assertions: own and rest count as 0, as A% does.
        assertThat(y.ownAssertPercent().getAsDouble()).isCloseTo(37.5, within(1e-9));
        assertThat(y.restAssertPercent().getAsDouble()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void theTextTablesRoundAsTheRestOfTheReport() {
        TextTable tasks = FeatureSections.tasks(report.featureTasks());
        assertThat(tasks.headers()).containsExactly("configuration", "runs", "tasks", "pass@1", "A%", "own A%", "rest A%", "strict A%",
                "data-layer-sound A%");
        assertThat(tasks.rows()).containsExactly(List.of("cmd/model-x", "3", "2", "33.3", "95.5", "83.3", "96.7", "62.1", "n/a"),
                List.of("cmd/model-y", "2", "2", "0.0", "49.5", "37.5", "50.0", "49.5", "n/a"));
        TextTable byFeature = FeatureSections.byFeature(report.featureTasks());
        assertThat(byFeature.headers()).containsExactly("removed feature", "cmd/model-x", "cmd/model-y");
        // Built-in features in the catalog's order, a user's own after them.
        assertThat(byFeature.rows()).containsExactly(List.of("comments", "75.0", "0.0"), List.of("favorites", "100.0", "n/a"),
                List.of("bookmarks", "n/a", "75.0"));
    }

    @Test
    void everyFormatHasTheSection() throws Exception {
        assertThat(render(ReportFormat.TABLE)).contains("feature tasks (means over runs",
                "cmd/model-x       3      2    33.3  95.5    83.3     96.7       62.1");
        assertThat(render(ReportFormat.MD)).contains("| cmd/model-x | 3 | 2 | 33.3 | 95.5 | 83.3 | 96.7 | 62.1 |",
                "| favorites | 100.0 | n/a |");
        assertThat(render(ReportFormat.CSV)).contains(
                "\r\nfeature tasks,cmd,model-x,,,,,3,2,95.4545,62.1212,33.3333,33.3333,,,,,,,,83.3333,96.6667,,,,0,,\r\n",
                "\r\nfeature tasks × feature,cmd,model-x,,,,,2,1,93.1818,93.1818,50.0000,50.0000,,,,,,,comments,75.0000,95.0000,,,,0,,\r\n",
                "\r\nfeature tasks × feature,cmd,model-y,,,,,1,1,99.0000,99.0000,0.0000,0.0000,,,,,,,bookmarks,75.0000,100.0000,,,,0,,\r\n");
        JsonNode json = Json.mapper().readTree(render(ReportFormat.JSON));
        assertThat(json.path("runs").asInt()).as("greenfield runs").isZero();
        JsonNode tasks = json.path("featureTasks");
        assertThat(tasks.path("runs").asInt()).isEqualTo(5);
        JsonNode x = tasks.path("byConfiguration").get(0);
        assertThat(x.path("model").asText()).isEqualTo("model-x");
        assertThat(x.has("feature")).isFalse();
        assertThat(x.path("passAt1").asDouble()).isEqualTo(33.3333);
        assertThat(x.path("ownAssertPercent").asDouble()).isEqualTo(83.3333);
        assertThat(x.path("restAssertPercent").asDouble()).isEqualTo(96.6667);
        assertThat(x.path("strictAssertPercent").asDouble()).isEqualTo(62.1212);
        assertThat(tasks.path("byFeature")).extracting(n -> n.path("model").asText() + ":" + n.path("feature").asText())
                .containsExactly("model-x:comments", "model-x:favorites", "model-y:comments", "model-y:bookmarks");
        assertThat(render(ReportFormat.LATEX)).contains("\\label{tab:stackbench-feature-tasks}",
                "configuration & runs & tasks & pass@1 & A\\% & own A\\% & rest A\\% & strict A\\% & data-layer-sound A\\% \\\\",
                "cmd/model-x & 3 & 2 & 33.3 & 95.5 & 83.3 & 96.7 & 62.1 & -- \\\\", "\\label{tab:stackbench-feature-own}",
                "favorites & 100.0 & -- \\\\");
        assertThat(render(ReportFormat.HTML)).contains("<h2>Feature tasks</h2>",
                "<td class=\"label\">cmd/model-x</td><td>3</td><td>2</td><td>33.3</td><td>95.5</td><td>83.3</td><td>96.7</td><td>62.1</td>");
    }

    @Test
    void aTreeOfFeatureTasksAloneLeavesTheGreenfieldSectionsEmptyInEveryFormat() {
        assertThat(report.scores()).isEmpty();
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.cells()).isEmpty());
        assertThat(report.decays()).isEmpty();
        assertThat(report.spending()).isEmpty();
        assertThat(Sections.failures(report.failures()).note()).isEqualTo("no greenfield runs");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(render(format)).as(format.name()).containsIgnoringCase(format == ReportFormat.JSON ? "featureTasks" : "feature tasks");
        }
    }

    @Test
    void aTreeWithoutFeatureTasksHasNoSectionForThem() throws Exception {
        Report old = Fixtures.report(Fixtures.metrics(), List.of());
        assertThat(old.featureTasks().isEmpty()).isTrue();
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(old, new RunLinks(Fixtures.metrics()))).as(format.name()).doesNotContainIgnoringCase("feature tasks");
        }
        assertThat(Json.mapper().readTree(ReportFormat.JSON.render(old, new RunLinks(Fixtures.metrics()))).has("featureTasks")).isFalse();
    }

    private String render(ReportFormat format) {
        return format.render(report, new RunLinks(tree));
    }
}
