package io.stackbench.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import org.junit.jupiter.api.Test;

class TaskFilterTest {

    private final TaskCatalog catalog = TaskCatalog.greenfield();

    private int count(String filter) {
        return catalog.select(TaskFilter.parse(filter)).size();
    }

    @Test
    void selectsByFrameworkRuntimeLevelConstraintIdAndGlob() {
        assertThat(count("all")).isEqualTo(80);
        assertThat(count("flask")).isEqualTo(10);
        assertThat(count("node")).isEqualTo(40);
        assertThat(count("L3")).isEqualTo(16);
        assertThat(count("sqlite")).isEqualTo(32);
        assertThat(count("flask-openapi-sqlite")).isEqualTo(1);
        assertThat(count("*-clean_architecture-*")).as("architecture plus another constraint").isEqualTo(32);
    }

    @Test
    void commaIsUnionAndPlusIsIntersection() {
        assertThat(count("flask,koa")).isEqualTo(20);
        assertThat(count("flask+L2")).isEqualTo(4);
        assertThat(count("flask+postgres,koa+L0")).isEqualTo(5);
    }

    @Test
    void anUnknownTermIsRejectedWithTheAcceptedForms() {
        assertThatThrownBy(() -> catalog.select(TaskFilter.parse("flsk")))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("flsk")
                .hasMessageContaining("a framework");
    }

    @Test
    void aFilterThatSelectsNothingIsAnError() {
        assertThatThrownBy(() -> catalog.select(TaskFilter.parse("flask+sequelize")))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("no task matches");
    }
}
