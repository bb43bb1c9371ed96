package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the decay fixture in a real browser (Debian's chromium, installed by
 * scripts/install-machine-tools.sh --test): the page's script runs, the charts are laid out with shapes in
 * them, and the run table sorts and filters as the URL fragment asks.
 */
class ReportHtmlIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void renderTheDecayReport() throws IOException {
        assertThat(CHROMIUM).as("chromium is missing; run scripts/install-machine-tools.sh --test").isExecutable();
        page = dir.resolve("report.html");
        Files.writeString(page, ReportFormat.HTML.render(Fixtures.report(Fixtures.decay(), List.of()), new RunLinks(dir)));
    }

    /** The DOM after the page's script ran, as chromium serialises it. */
    private static String dumpDom(String fragment) throws IOException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path log = dir.resolve("chromium-" + profile.getFileName() + ".log");
        ProcessResult result = new ProcessRunner().run(ProcessSpec.tool("chromium", List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                page.toUri() + fragment), dir, log, Duration.ofSeconds(90)));
        assertThat(result.succeeded()).as(result.describeFailure()).isTrue();
        String output = Files.readString(log);
        int start = output.indexOf("<html");
        int end = output.lastIndexOf("</html>");
        assertThat(start).as("no DOM in chromium's output:\n" + result.outputTail()).isNotNegative();
        return output.substring(start, end + "</html>".length());
    }

    @Test
    void theChartsAreLaidOutAndNotEmpty() throws IOException {
        String dom = dumpDom("");
        for (String id : List.of("decay-chart", "heat-map", "effects-chart")) {
            Matcher svg = Pattern.compile("<svg id=\"" + id + "\"[^>]*>").matcher(dom);
            assertThat(svg.find()).as(id).isTrue();
            Matcher shapes = Pattern.compile("data-shapes=\"(\\d+)\"").matcher(svg.group());
            Matcher size = Pattern.compile("data-rendered=\"(\\d+)x(\\d+)\"").matcher(svg.group());
            assertThat(shapes.find() && size.find()).as(id + " was not processed by the page's script: " + svg.group()).isTrue();
            assertThat(Integer.parseInt(shapes.group(1))).as(id + " shapes").isGreaterThan(4);
            assertThat(Integer.parseInt(size.group(1))).as(id + " width").isGreaterThan(100);
            assertThat(Integer.parseInt(size.group(2))).as(id + " height").isGreaterThan(50);
        }
        assertThat(dom).contains("class=\"series strict\"", "class=\"bar\"", "class=\"error-bar\"");
    }

    @Test
    void theRunTableSortsByTheColumnTheFragmentNames() throws IOException {
        List<Double> ascending = column(dumpDom("#sort=strict"), 6);
        assertThat(ascending).hasSize(240).isSorted();
        assertThat(ascending.get(0)).isLessThan(ascending.get(239));
        List<Double> descending = column(dumpDom("#sort=-assert"), 5);
        assertThat(descending).hasSize(240).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theRunTableFiltersByTheTextTyped() throws IOException {
        String dom = dumpDom("#filter=koa-openapi-postgres");
        String body = dom.substring(dom.indexOf("<tbody>", dom.indexOf("id=\"runs\"")));
        long shown = Pattern.compile("<tr>").matcher(body).results().count();
        long hidden = Pattern.compile("<tr hidden=\"\">").matcher(body).results().count();
        // koa-openapi-postgres and koa-openapi-postgres-sequelize, 3 runs each, for 2 configurations.
        assertThat(shown).isEqualTo(12);
        assertThat(hidden).isEqualTo(228);
        assertThat(dom).contains("12 of 240 runs");
    }

    /** The sort values of one column of the run table, in the order the DOM has the rows. */
    private static List<Double> column(String dom, int index) {
        assertThat(dom).contains("data-sorted-by=");
        String body = dom.substring(dom.indexOf("<tbody>", dom.indexOf("id=\"runs\"")));
        List<Double> values = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        Pattern value = Pattern.compile("^<td[^>]*\\bdata-value=\"([^\"]*)\"");
        while (row.find()) {
            String[] cells = row.group(1).split("(?=<td)");
            Matcher cell = value.matcher(cells[index]);
            assertThat(cell.find()).as(cells[index]).isTrue();
            values.add(Double.parseDouble(cell.group(1)));
        }
        return values;
    }
}
