package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final Report report = Fixtures.report(Fixtures.decay(), List.of());

    @Test
    void thePageIsOneSelfContainedFileThatFetchesNothing() {
        String html = ReportFormat.HTML.render(report, new RunLinks(Fixtures.decay()));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<script>", "<svg id=\"decay-chart\"",
                "<svg id=\"heat-map\"", "<svg id=\"effects-chart\"", "<table id=\"runs\"");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//")
                .doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)@import").doesNotContainPattern("(?i)url\\(");
    }

    @Test
    void everyRunLinksToItsLogsAndPatchRelativeToWhereTheReportIsWritten() {
        Path reports = Fixtures.resources().resolve("reports");
        String html = ReportFormat.HTML.render(report, new RunLinks(reports));
        assertThat(html).contains("href=\"../decay/cmd/model-a/flask-openapi-unconstrained/run_1/logs/server.log\"",
                "href=\"../decay/cmd/model-a/flask-openapi-unconstrained/run_1/logs/suite.log\"",
                "href=\"../decay/cmd/model-b/koa-openapi-clean_architecture-sqlite-sequelize/run_3/solution.patch\"");
        assertThat(Pattern.compile("<tr>").matcher(html.substring(html.indexOf("<tbody>", html.indexOf("<table id=\"runs\"")))).results().count())
                .isEqualTo(report.runs().size());
    }

    @Test
    void linksToPathsWithSpacesAreEscaped() {
        Run run = Fixtures.report(Fixtures.metrics(), List.of()).runs().get(0);
        Run moved = new Run(run.configuration(), 1, Path.of("/results/my agent/run_1"), run.result());
        assertThat(new RunLinks(Path.of("/results")).to(moved, "logs/server.log")).isEqualTo("my%20agent/run_1/logs/server.log");
    }

    @Test
    void chartsDrawOneLinePerConfigurationOneCellPerFrameworkAndLevelAndOneBarPerEffect() {
        String decay = DecayChart.svg(report);
        assertThat(Pattern.compile("class=\"series strict\"").matcher(decay).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<rect ").matcher(HeatMap.svg(report)).results().count()).isEqualTo(16);
        String effects = EffectsChart.svg(report);
        assertThat(Pattern.compile("class=\"bar\"").matcher(effects).results().count()).isEqualTo(10);
        assertThat(Pattern.compile("class=\"error-bar\"").matcher(effects).results().count()).isEqualTo(10);
    }
}
