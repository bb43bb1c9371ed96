package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.core.Json;
import io.stackbench.diagnose.Category;
import io.stackbench.diagnose.Diagnosis;
import io.stackbench.diagnose.Subcategory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feature tasks are all L3: counted with the greenfield tasks they would move the L3 cells, the
 * decay, the effects, the agents' spending and the taxonomy. The tree is read twice, before and
 * after feature runs are added to it (for the same configurations, and for one that ran only
 * feature tasks); every greenfield number must come out the same.
 */
class GreenfieldOnlyTest {

    private static final String FLASK_L0 = "flask-openapi-unconstrained";
    private static final String FLASK_L3 = "flask-openapi-clean_architecture-postgres-sqlalchemy";
    private static final String EXPRESS_L0 = "express-openapi-unconstrained";
    private static final String EXPRESS_L3 = "express-openapi-clean_architecture-postgres-sequelize";

    @TempDir
    Path tree;
    private Report greenfield;
    private Report mixed;

    @BeforeEach
    void readTheTreeBeforeAndAfterFeatureRunsAreAdded() {
        SyntheticRun.greenfield(FLASK_L0).features("users", 4, 4, "articles", 6, 6).generation("cmd", 10, 0.5).write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield(FLASK_L0).assertions(7, 10).features("users", 4, 4, "articles", 3, 6).write(tree, "cmd/model-a", 2);
        SyntheticRun.greenfield(FLASK_L3).assertions(6, 10).verifierFails().features("users", 4, 4, "articles", 2, 6)
                .generation("cmd", 30, 1.5).write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield("flask-openapi-postgres").assertions(9, 10).write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield("flask-openapi-clean_architecture").assertions(8, 10).write(tree, "cmd/model-a", 1);
        SyntheticRun.greenfield(EXPRESS_L0).write(tree, "cmd/model-a", 1);
        diagnose(SyntheticRun.greenfield(EXPRESS_L3).failedAt("start").write(tree, "cmd/model-a", 1), Category.SERVER_STARTUP_FAILURE);
        SyntheticRun.greenfield(FLASK_L0).assertions(5, 10).write(tree, "cmd/model-b", 1);
        SyntheticRun.greenfield(FLASK_L3).write(tree, "cmd/model-b", 1);
        greenfield = Fixtures.report(tree, List.of());

        SyntheticRun.feature("flask-feature-comments", "flask", "comments").ownAndRest(10, 10, 90, 90)
                .features("users", 4, 4, "comments", 10, 10).generation("cmd", 50, 5.0).write(tree, "cmd/model-a", 1);
        diagnose(SyntheticRun.feature("flask-feature-comments", "flask", "comments").failedAt("start").write(tree, "cmd/model-a", 2),
                Category.SERVER_STARTUP_FAILURE);
        diagnose(SyntheticRun.feature("express-feature-tags", "express", "tags").ownAndRest(0, 10, 80, 90).verifierFails()
                .features("users", 0, 4, "tags", 0, 10).write(tree, "cmd/model-b", 1), Category.LOGIC_ERROR);
        SyntheticRun.feature("koa-feature-favorites", "koa", "favorites").ownAndRest(5, 10, 90, 90).generation("other", 5, 1.0)
                .write(tree, "other/model-c", 1);
        mixed = Fixtures.report(tree, List.of());
    }

    @Test
    void addingFeatureRunsChangesNoGreenfieldTableDecayEffectSpendingOrFailure() {
        assertThat(mixed.runs()).hasSize(greenfield.runs().size() + 4);
        assertThat(mixed.featureTasks().runs()).isEqualTo(4);
        assertThat(mixed.scores()).isEqualTo(greenfield.scores());
        assertThat(mixed.tables()).isEqualTo(greenfield.tables());
        assertThat(mixed.decays()).isEqualTo(greenfield.decays());
        assertThat(mixed.effects()).isEqualTo(greenfield.effects());
        assertThat(mixed.spending()).isEqualTo(greenfield.spending());
        assertThat(mixed.failures()).isEqualTo(greenfield.failures());
        assertThat(mixed.featureByLevel()).isEqualTo(greenfield.featureByLevel());
        // The configuration that ran only feature tasks is in none of them.
        assertThat(mixed.failures()).extracting(Failures::configuration).doesNotContain(new Configuration("other", "model-c"));
    }

    @Test
    void everyFormatShowsTheSameGreenfieldSectionsAndOnlyAddsTheFeatureTasks() throws Exception {
        assertThat(Sections.greenfield(mixed)).isEqualTo(Sections.of(greenfield));
        for (ReportFormat format : List.of(ReportFormat.TABLE, ReportFormat.MD, ReportFormat.LATEX)) {
            String before = render(greenfield, format);
            String after = render(mixed, format);
            assertThat(after).as(format.name()).startsWith(before).containsIgnoringCase("feature tasks");
            assertThat(before).as(format.name()).doesNotContainIgnoringCase("feature tasks");
        }
        List<String> csv = Arrays.stream(render(mixed, ReportFormat.CSV).split("\r\n"))
                .filter(l -> !l.startsWith(FeatureSections.TASKS + ",") && !l.startsWith(FeatureSections.TASKS_BY_FEATURE + ",")
                        && !l.startsWith(FeatureSections.TASKS + ": " + Sections.RUNTIME_RULES + ",")).toList();
        assertThat(csv).containsExactly(render(greenfield, ReportFormat.CSV).split("\r\n"));
        ObjectNode json = (ObjectNode) Json.mapper().readTree(render(mixed, ReportFormat.JSON));
        assertThat(json.remove("featureTasks")).isNotNull();
        assertThat(json).isEqualTo(Json.mapper().readTree(render(greenfield, ReportFormat.JSON)));
        String htmlBefore = render(greenfield, ReportFormat.HTML);
        String htmlAfter = render(mixed, ReportFormat.HTML);
        for (String[] section : List.of(new String[] {"<h2>Constraint decay</h2>", "<h2>Why runs failed</h2>"},
                new String[] {"<h2>Why runs failed</h2>", "<h2>"}, new String[] {"<h2>Tables</h2>", "<h2>Runs</h2>"})) {
            assertThat(between(htmlAfter, section)).as(section[0]).isEqualTo(between(htmlBefore, section));
        }
        assertThat(htmlAfter).contains("<h2>Feature tasks</h2>", "4 feature-task runs are reported under Feature tasks only");
    }

    private String render(Report report, ReportFormat format) {
        return format.render(report, new RunLinks(tree));
    }

    /** The page from {@code bounds[0]} to the next {@code bounds[1]} after it. */
    private static String between(String html, String[] bounds) {
        int start = html.indexOf(bounds[0]);
        assertThat(start).as(bounds[0]).isNotNegative();
        return html.substring(start, html.indexOf(bounds[1], start + bounds[0].length()));
    }

    private static void diagnose(Path runDir, Category category) {
        Json.writeAtomically(Json.mapper(), runDir.resolve("diagnosis.json"), new Diagnosis(runDir.toString(), category,
                category == Category.LOGIC_ERROR ? Optional.of(Subcategory.INCORRECT_QUERY_LOGIC) : Optional.empty(),
                "hand-written", List.of("written by the test"), 1, 0, Optional.empty()));
    }
}
