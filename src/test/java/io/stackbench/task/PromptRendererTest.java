package io.stackbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.contract.ConduitContract;
import org.junit.jupiter.api.Test;

class PromptRendererTest {

    private final String contract = ConduitContract.load().text();
    private final PromptRenderer renderer = new PromptRenderer(contract);
    private final TaskCatalog catalog = TaskCatalog.greenfield();

    @Test
    void anUnconstrainedTaskHasNoArchitectureDatabaseOrOrmSection() {
        Task task = catalog.get("flask-openapi-unconstrained");
        assertThat(renderer.sections(task)).containsExactly(
                "instruction", "requirements", "mandatory-files-python", "server", "evaluation");
        String prompt = renderer.render(task);
        assertThat(prompt).doesNotContain("## Architecture", "## Database", "## ORM", "PostgreSQL", "SQLite");
    }

    @Test
    void aLevelThreeTaskHasEverySectionInTheStudysOrder() {
        Task task = catalog.get("express-openapi-clean_architecture-postgres-sequelize");
        assertThat(renderer.sections(task)).containsExactly("instruction", "requirements",
                "architecture-clean_architecture", "database-postgres", "orm-sequelize", "mandatory-files-node",
                "server", "evaluation");
        String prompt = renderer.render(task);
        assertThat(prompt).contains("## Architecture", "## Database", "## ORM", "Sequelize", "package.json",
                "user: `user`", "password: `password`", "database: `conduit`", "port: `5432`", "`npm install`");
    }

    @Test
    void everyPromptEmbedsTheContractVerbatimAndLeavesNoPlaceholder() {
        for (Task task : catalog.all()) {
            String prompt = renderer.render(task);
            assertThat(prompt).as(task.id()).contains(contract.stripTrailing()).doesNotContain("{{");
            assertThat(prompt).as(task.id()).contains(task.framework().displayName(), "8080", "/api/health-check");
        }
    }

    @Test
    void theSqliteSectionNamesNoServerAndThePostgresSectionNoFile() {
        assertThat(renderer.render(catalog.get("koa-openapi-sqlite"))).contains("SQLite").doesNotContain("PostgreSQL");
        assertThat(renderer.render(catalog.get("koa-openapi-postgres"))).contains("PostgreSQL 16").doesNotContain("SQLite");
    }
}
