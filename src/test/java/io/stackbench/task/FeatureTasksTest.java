package io.stackbench.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.contract.ConduitContract;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureTasksTest {

    private final TaskCatalog catalog = TaskCatalog.builtin();

    @Test
    void everyFrameworkHasFiveFeatureTasksOnItsLevelThreePostgresBase() {
        List<Task> features = catalog.select(TaskFilter.parse("feature"));
        assertThat(features).hasSize(40).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(Task.Kind.FEATURE);
            assertThat(t.constraints()).isEqualTo(TaskCatalog.featureBase(t.framework()));
            assertThat(t.id()).isEqualTo(t.framework().id() + "-feature-" + t.feature().orElseThrow().feature().id());
        });
        assertThat(features.stream().map(Task::id)).contains("flask-feature-comments", "koa-feature-update-delete");
    }

    @Test
    void termsSelectGreenfieldTasksUnlessTheyNameFeatureTasks() {
        assertThat(catalog.select(TaskFilter.parse("all"))).hasSize(80).allMatch(t -> t.kind() == Task.Kind.GREENFIELD);
        assertThat(catalog.select(TaskFilter.parse("flask"))).hasSize(10);
        assertThat(catalog.select(TaskFilter.parse("greenfield"))).hasSize(80);
        assertThat(catalog.select(TaskFilter.parse("feature+flask")).stream().map(Task::id))
                .containsExactly("flask-feature-comments", "flask-feature-favorites", "flask-feature-profiles",
                        "flask-feature-tags", "flask-feature-update-delete");
        assertThat(catalog.select(TaskFilter.parse("comments"))).hasSize(8).allMatch(t -> t.id().endsWith("-feature-comments"));
        assertThat(catalog.select(TaskFilter.parse("koa-feature-tags")).stream().map(Task::id)).containsExactly("koa-feature-tags");
        assertThat(catalog.select(TaskFilter.parse("*-feature-tags"))).hasSize(8);
        assertThat(catalog.select(TaskFilter.parse("flask,feature+node"))).hasSize(10 + 20);
    }

    @Test
    void aFeatureScopeHoldsItsFeaturesAndTheAssertionsThatCheckItsOperations() {
        FeatureScope profiles = Feature.fromId("profiles").scope();
        assertThat(profiles.covers(Optional.of("feed"), Optional.of("GetArticlesFeed"), List.of())).isTrue();
        assertThat(profiles.covers(Optional.of("articles"), Optional.of("GetArticle"), List.of())).isFalse();
        FeatureScope updates = Feature.fromId("update-delete").scope();
        assertThat(updates.covers(Optional.of("articles"), Optional.of("UpdateArticle"), List.of())).isTrue();
        assertThat(updates.covers(Optional.of("articles"), Optional.of("GetArticle"), List.of("DeleteArticle"))).isTrue();
        assertThat(updates.covers(Optional.of("articles"), Optional.of("GetArticle"), List.of())).isFalse();
        assertThat(updates.covers(Optional.empty(), Optional.empty(), List.of())).isFalse();
    }

    @Test
    void theFeaturePromptNamesTheCodebaseTheFeatureItsOperationsAndTheConstraintsToKeep() {
        String contract = ConduitContract.load().text();
        PromptRenderer renderer = new PromptRenderer(contract);
        Task task = catalog.get("express-feature-comments");
        assertThat(renderer.sections(task)).containsExactly("feature-instruction", "feature-requirements",
                "architecture-clean_architecture", "database-postgres", "orm-sequelize", "mandatory-files-node", "server",
                "evaluation");
        String prompt = renderer.render(task);
        assertThat(prompt).contains("comments on articles", "`POST /api/articles/{slug}/comments` (CreateArticleComment)",
                "`DELETE /api/articles/{slug}/comments/{id}` (DeleteArticleComment)", "git repository with one commit",
                "Express", "Sequelize", "PostgreSQL", contract.stripTrailing()).doesNotContain("{{", "empty directory");
        for (Task t : catalog.select(TaskFilter.parse("feature"))) {
            assertThat(renderer.render(t)).as(t.id()).doesNotContain("{{").contains("(" + t.feature().orElseThrow().feature().operations().get(0) + ")");
        }
    }

    @Test
    void aUsersTaskIsReadFromItsFolderWithTheBuiltInFeaturesScope(@TempDir Path dir) throws IOException {
        Path codebase = Files.createDirectories(dir.resolve("service"));
        Files.writeString(codebase.resolve("app.py"), "print('hello')\n");
        Files.createDirectories(codebase.resolve("node_modules/x"));
        Files.writeString(codebase.resolve("node_modules/x/index.js"), "junk\n");
        Path patch = Files.writeString(dir.resolve("remove.patch"), "diff\n");
        Path tasks = dir.resolve("tasks");
        UserTasks.add(tasks, new UserTasks.Definition(UserTasks.SCHEMA, "service-feature-comments", "flask",
                List.of("clean_architecture", "postgres", "sqlalchemy"), "comments", Optional.empty(), List.of(),
                Optional.empty(), "tree", "removal.patch", Optional.empty()), codebase, patch, Optional.empty());

        Task task = TaskCatalog.load(Optional.of(tasks)).get("service-feature-comments");
        assertThat(task.kind()).isEqualTo(Task.Kind.FEATURE);
        assertThat(task.framework()).isEqualTo(Framework.FLASK);
        assertThat(task.level()).isEqualTo(3);
        FeatureTask feature = task.feature().orElseThrow();
        assertThat(feature.feature().scope()).isEqualTo(Feature.fromId("comments").scope());
        assertThat(feature.base()).isInstanceOf(FeatureTask.Directory.class);
        Path tree = ((FeatureTask.Directory) feature.base()).tree();
        assertThat(tree.resolve("app.py")).hasContent("print('hello')");
        assertThat(tree.resolve("node_modules")).doesNotExist();
        assertThat(TaskCatalog.load(Optional.of(tasks)).select(TaskFilter.parse("feature+flask"))).contains(task);
    }

    @Test
    void aFeatureOfTheUsersOwnIsScoredByTheAssertionsTheirSuiteTagsWithIt(@TempDir Path dir) throws IOException {
        Path codebase = Files.createDirectories(dir.resolve("service"));
        Files.writeString(codebase.resolve("index.js"), "1\n");
        Path tasks = dir.resolve("tasks");
        UserTasks.add(tasks, new UserTasks.Definition(UserTasks.SCHEMA, "billing", "express", List.of(), "invoices",
                Optional.of("invoices"), List.of(), Optional.empty(), "tree", "removal.patch", Optional.empty()),
                codebase, Files.writeString(dir.resolve("p.patch"), "x\n"), Optional.empty());
        Feature feature = TaskCatalog.load(Optional.of(tasks)).get("billing").feature().orElseThrow().feature();
        assertThat(feature.scope()).isEqualTo(new FeatureScope(Set.of("invoices"), Set.of()));
    }

    @Test
    void aBrokenTaskDefinitionIsAnInputErrorNamingItsFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("task.json"), "{\"schema\": \"stackbench.feature-task/1\", \"id\": \"bad\"");
        assertThatThrownBy(() -> TaskCatalog.load(Optional.of(dir)))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("bad/task.json");
        Files.writeString(folder.resolve("task.json"), "{\"schema\": \"stackbench.feature-task/1\", \"id\": \"bad\","
                + " \"framework\": \"flask\", \"constraints\": [], \"feature\": \"comments\", \"tree\": \"../..\","
                + " \"removal\": \"removal.patch\"}");
        assertThatThrownBy(() -> TaskCatalog.load(Optional.of(dir)))
                .isInstanceOf(StackBenchException.class).hasMessageContaining("not a file or folder in");
    }
}
