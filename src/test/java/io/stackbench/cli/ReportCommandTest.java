package io.stackbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("stackbench.repo", "."))
            .resolve("src/test/resources/io/stackbench/report");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void reportPrintsTheTablesAndWarnsOnStderrAboutFilesItSkipped() {
        assertThat(run("report", FIXTURES.resolve("metrics").toString())).isZero();
        assertThat(out.toString()).contains("configuration × level", "ΔA% from L0 to L3", "marginal effect");
        assertThat(err.toString()).contains("warning:", "express-openapi-sqlite", "skipped");
    }

    @Test
    void anHtmlReportWrittenToAFileGetsOnePagePerRunBesideItLinkedFromTheRunTable(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("site/report.html");
        assertThat(run("report", FIXTURES.resolve("run-page").toString(), "--format", "html", "--output", report.toString())).isZero();
        Path page = tmp.resolve("site/runs/openai/gpt-4.1-mini/flask-openapi-clean_architecture/run_1.html");
        assertThat(out.toString()).contains("run pages: 1");
        assertThat(Files.readString(report)).contains("href=\"runs/openai/gpt-4.1-mini/flask-openapi-clean_architecture/run_1.html\"");
        assertThat(Files.readString(page)).contains("<h2 id=\"steps\">Agent steps</h2>", "href=\"../../../../report.html\"");
    }

    @Test
    void byGroupsAndCrossesDimensions() {
        assertThat(run("report", FIXTURES.resolve("decay").toString(), "--by", "framework", "--by", "level", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("table,agent,model,framework,runtime,level,constraint,")
                .contains("framework × level,,,koa,,L3,,").doesNotContain("configuration × level");
    }

    @Test
    void outputWritesTheReportToAFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("out/report.html");
        assertThat(run("report", FIXTURES.resolve("decay").toString(), "--format", "html", "--output", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("<svg id=\"decay-chart\"");
        assertThat(out.toString()).contains("240 runs");
    }

    @Test
    void anUnknownFormatOrDimensionOrAMissingDirectoryIsAnInputError(@TempDir Path dir) {
        assertThat(run("report", dir.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("--format takes");
        assertThat(run("report", dir.toString(), "--by", "colour")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot group by 'colour'");
        assertThat(run("report", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no results directory");
    }

    @Test
    void anEmptyResultsTreeGivesAnEmptyReportNotACrash(@TempDir Path dir) {
        for (String format : new String[] {"table", "csv", "json", "md", "latex", "html"}) {
            assertThat(run("report", dir.toString(), "--format", format)).as(format).isZero();
        }
    }
}
