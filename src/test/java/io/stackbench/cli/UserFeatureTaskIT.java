package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.agent.OracleAgent;
import io.stackbench.core.Json;
import io.stackbench.eval.RunResult;
import io.stackbench.eval.TestSettings;
import io.stackbench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's own codebase as a feature task, end to end with the commands docs/feature-tasks.md
 * shows: {@code tasks add-feature}, then {@code bench}, {@code report} and {@code diagnose}.
 */
class UserFeatureTaskIT {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aTeamsCodebaseBecomesAFeatureTaskThatBenchReportAndDiagnoseTreatLikeABuiltInOne() throws Exception {
        // "Our service": a Flask codebase with comments, and the patch that removes them.
        Path service = dir.resolve("our-service");
        new OracleAgent(TestSettings.repo().resolve("references"))
                .materialise(TaskCatalog.greenfield().get("flask-openapi-clean_architecture-postgres-sqlalchemy"), service);
        Path removal = TestSettings.repo().resolve("references/flask/features/comments.patch");
        Path tasks = dir.resolve("tasks");

        CliRun added = run("tasks", "add-feature", "--base", service.toString(), "--remove", removal.toString(),
                "--framework", "flask", "--constraints", "clean_architecture,postgres,sqlalchemy", "--feature", "comments",
                "--task-dir", tasks.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("our-service-feature-comments");
        assertThat(run("tasks", "list", "--kind", "feature", "--task-dir", tasks.toString()).out())
                .contains("our-service-feature-comments", "flask-feature-comments");
        assertThat(run("tasks", "show", "our-service-feature-comments", "--task-dir", tasks.toString()).out())
                .contains("comments on articles", "(CreateArticleComment)");

        Path results = dir.resolve("results");
        CliRun bench = run("bench", "--agent", "cmd:true", "--task-dir", tasks.toString(), "--tasks",
                "our-service-feature-comments", "--results", results.toString(), "--progress", "none");
        assertThat(bench.code()).as(bench.err()).isZero();
        RunResult result = Json.mapper().readValue(Files.walk(results).filter(p -> p.endsWith("result.json")).findFirst()
                .orElseThrow().toFile(), RunResult.class);
        assertThat(result.task().kind()).isEqualTo("feature");
        assertThat(result.feature().orElseThrow().rest().passed()).isEqualTo(result.feature().orElseThrow().rest().total());
        assertThat(result.feature().orElseThrow().own().passed()).isLessThan(result.feature().orElseThrow().own().total());

        CliRun report = run("report", results.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("no greenfield runs", "feature tasks", "removed feature", "comments");
        CliRun diagnose = run("diagnose", results.toString());
        assertThat(diagnose.code()).as(diagnose.err()).isZero();
        assertThat(diagnose.out()).contains("our-service-feature-comments");

        CliRun bad = run("tasks", "add-feature", "--base", service.toString(), "--remove",
                TestSettings.repo().resolve("references/express/features/comments.patch").toString(), "--framework", "flask",
                "--constraints", "none", "--feature", "comments", "--id", "mismatched", "--task-dir", tasks.toString());
        assertThat(bad.code()).as("a removal that does not apply is refused").isEqualTo(2);
        assertThat(bad.err()).contains("does not apply");
        assertThat(tasks.resolve("mismatched")).as("and nothing is left behind").doesNotExist();
        assertThat(List.of(tasks.toFile().list())).containsExactly("our-service-feature-comments");
    }
}
