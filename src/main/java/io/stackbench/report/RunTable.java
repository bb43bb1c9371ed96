package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.List;

/**
 * The per-run table of the HTML report: sortable by any column, filterable by text, each run's
 * assertions by contract operation (and a feature task's own and rest) folded in a {@code <details>},
 * linked to its run page (when the report has them), logs and patch, and its data layer (statements per request, the probe, the runtime rules'
 * findings) folded in another.
 */
final class RunTable {

    /** Column keys (used by {@code #sort=KEY}), labels and whether they sort as numbers. */
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"configuration", "configuration", "text"}, new String[] {"task", "task", "text"},
            new String[] {"framework", "framework", "text"}, new String[] {"level", "level", "number"},
            new String[] {"run", "run", "number"}, new String[] {"assert", "A%", "number"},
            new String[] {"strict", "strict A%", "number"}, new String[] {"success", "success", "text"},
            new String[] {"outcome", "outcome", "text"});

    private RunTable() {
    }

    static void append(StringBuilder html, Report report, RunLinks links) {
        html.append("<h2>Runs</h2>\n<div class=\"filter\"><input id=\"runs-filter\" type=\"search\" placeholder=\"filter runs (task, framework, outcome…)\" aria-label=\"filter runs\">")
                .append("<span id=\"runs-shown\">").append(report.runs().size()).append(" runs</span></div>\n<table id=\"runs\">\n<thead><tr>");
        for (String[] c : COLUMNS) {
            html.append("<th data-key=\"").append(c[0]).append("\" data-type=\"").append(c[2]).append('"')
                    .append(c[2].equals("text") ? " class=\"label\"" : "").append('>').append(Html.escape(c[1])).append("</th>");
        }
        // Neither the assertions by operation nor the links are a value one would sort by.
        html.append("<th class=\"label\">assertions by operation</th><th class=\"label\">files</th><th class=\"label\">data layer</th></tr></thead>\n<tbody>\n");
        for (Run run : report.runs()) {
            RunResult r = run.result();
            html.append("<tr>").append(label(run.configuration().id())).append(label(r.task().id()))
                    .append(label(Dimension.FRAMEWORK.label(r.task().framework())))
                    .append(number(r.task().level(), "L" + r.task().level())).append(number(run.number(), Integer.toString(run.number())))
                    .append(number(r.assertPercent(), Numbers.one(r.assertPercent())))
                    .append(number(r.strictAssertPercent(), Numbers.one(r.strictAssertPercent())))
                    .append("<td class=\"label ").append(r.success() ? "ok\">yes" : "fail\">no").append("</td>")
                    .append(label(r.outcome())).append(RunParts.cell(r))
                    .append("<td class=\"label\">").append(links.page(run).map(p -> link(p, "run page")).orElse(""))
                    .append(link(links.to(run, "logs/server.log"), "server log"))
                    .append(link(links.to(run, "logs/suite.log"), "suite log"))
                    .append(link(links.to(run, "solution.patch"), "patch")).append("</td>")
                    .append(RunDataLayer.cell(run, links)).append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String label(String text) {
        return "<td class=\"label\">" + Html.escape(text) + "</td>";
    }

    private static String number(double sortValue, String shown) {
        return "<td data-value=\"" + Numbers.fixed(sortValue, 4) + "\">" + Html.escape(shown) + "</td>";
    }

    private static String link(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }
}
