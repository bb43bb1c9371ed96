package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    @Test
    void theEndOfSweepTableShowsDataLayerSoundBesideStrictAndNotAvailableWhereNoRunWasChecked() {
        BenchSummary summary = new BenchSummary(List.of(
                SyntheticRun.greenfield("flask-openapi-postgres").assertions(9, 10).runtimeRule("runtime.n-plus-one", false).build(),
                SyntheticRun.greenfield("flask-openapi-sqlite").assertions(8, 10).runtimeRule("runtime.database-unused", true).build(),
                SyntheticRun.greenfield("flask-openapi-clean_architecture").assertions(7, 10).build()));

        assertThat(summary.taskRows()).extracting(r -> r.soundAssertPercent().isPresent() ? r.soundAssertPercent().getAsDouble()
                : null).containsExactly(0.0, 80.0, null);
        assertThat(summary.soundAssertPercentByLevel()).containsEntry(1, 40.0);
        String table = summary.render();
        assertThat(table).contains("sound A%");
        assertThat(table.lines().filter(l -> l.startsWith("flask-openapi-postgres"))).singleElement().asString()
                .contains("90.0", "0.0");
        assertThat(table.lines().filter(l -> l.startsWith("flask-openapi-clean_architecture "))).singleElement().asString()
                .contains("n/a");
    }
}
