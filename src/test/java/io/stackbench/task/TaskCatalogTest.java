package io.stackbench.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskCatalogTest {

    private final TaskCatalog catalog = TaskCatalog.greenfield();

    @Test
    void holdsTheStudys80GreenfieldTasksWithUniqueIds() {
        assertThat(catalog.all()).hasSize(80);
        assertThat(catalog.all().stream().map(Task::id).distinct()).hasSize(80);
    }

    @Test
    void eachFrameworkHasTenConstraintSetsSpreadOverLevelsOneThreeFourTwo() {
        for (Framework f : Framework.values()) {
            Map<Integer, Long> perLevel = catalog.all().stream().filter(t -> t.framework() == f)
                    .collect(Collectors.groupingBy(Task::level, Collectors.counting()));
            assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1L, 1, 3L, 2, 4L, 3, 2L));
        }
    }

    @Test
    void idsFollowTheStudysNaming() {
        assertThat(catalog.all().stream().map(Task::id)).contains(
                "flask-openapi-unconstrained",
                "flask-openapi-clean_architecture-postgres-sqlalchemy",
                "hono-openapi-clean_architecture-sqlite-sequelize",
                "koa-openapi-postgres",
                "django-openapi-sqlite-sqlalchemy");
        assertThat(catalog.all().stream().map(Task::id).filter(id -> id.startsWith("express"))).noneMatch(id -> id.contains("sqlalchemy"));
    }

    @Test
    void pythonFrameworksPairWithSqlalchemyAndNodeFrameworksWithSequelize() {
        assertThat(catalog.get("fastapi-openapi-sqlite-sqlalchemy").runtime()).isEqualTo(Runtime.PYTHON);
        assertThat(catalog.get("fastify-openapi-postgres-sequelize").runtime()).isEqualTo(Runtime.NODE);
        assertThat(catalog.find("fastify-openapi-postgres-sqlalchemy")).isEmpty();
    }

    @Test
    void anUnknownTaskIsAnInputErrorThatPointsToTheList() {
        assertThatThrownBy(() -> catalog.get("flask-openapi-mysql"))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("stackbench tasks list")
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT));
    }

    @Test
    void databaseIsTheTasksDatabaseConstraint() {
        assertThat(catalog.get("koa-openapi-clean_architecture-postgres-sequelize").database()).contains(Constraint.POSTGRES);
        assertThat(catalog.get("koa-openapi-clean_architecture").database()).isEmpty();
    }

    @Test
    void setupCommandsAreTheStudysPerRuntime() {
        assertThat(catalog.get("flask-openapi-unconstrained").setupCommands())
                .isEqualTo(List.of("uv pip install -r requirements.txt", "chmod +x run.sh"));
        assertThat(catalog.get("koa-openapi-unconstrained").setupCommands()).isEqualTo(List.of("npm install", "chmod +x run.sh"));
    }
}
