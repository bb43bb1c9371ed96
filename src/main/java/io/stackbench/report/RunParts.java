package io.stackbench.report;

import io.stackbench.eval.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run's assertions by contract operation, as a cell of the HTML run table: a summary (how many
 * operations pass every assertion; a feature task's own and rest A%) that unfolds into one line per
 * operation with its passed/total and a bar. Lists and spans, not a table, so the run table's rows
 * stay its only rows.
 */
final class RunParts {

    private RunParts() {
    }

    static String cell(RunResult r) {
        if (r.operations().isEmpty() && r.feature().isEmpty()) {
            return "<td class=\"label parts\">" + Numbers.NOT_AVAILABLE + "</td>";
        }
        long passing = r.operations().values().stream().filter(c -> c.passed() == c.total()).count();
        List<String> summary = new ArrayList<>();
        if (!r.operations().isEmpty()) {
            summary.add(passing + "/" + r.operations().size() + " operations pass");
        }
        StringBuilder lines = new StringBuilder("<ul class=\"parts\">");
        r.feature().ifPresent(f -> {
            summary.add("own " + Numbers.one(f.own().percent()));
            summary.add("rest " + Numbers.one(f.rest().percent()));
            lines.append(line("own: " + f.feature(), f.own(), "own")).append(line("rest (regressions below 100)", f.rest(), "rest"));
        });
        for (Map.Entry<String, RunResult.Count> operation : r.operations().entrySet()) {
            lines.append(line(operation.getKey(), operation.getValue(), ""));
        }
        lines.append("</ul>");
        // The filter sees only the removed feature, not the operations' names: "comments" must find the
        // comments tasks, not every run that has a GetArticleComments line.
        String filterText = r.feature().map(f -> "feature " + f.feature()).orElse("");
        return "<td class=\"label parts\" data-filter-text=\"" + Html.escape(filterText) + "\"><details><summary>"
                + Html.escape(String.join(" · ", summary)) + "</summary>" + lines + "</details></td>";
    }

    /** One part: its name, a bar as long as its A% (coloured red to green), and passed/total with the A%. */
    private static String line(String name, RunResult.Count count, String kind) {
        String width = Numbers.one(count.percent());
        return "<li" + (kind.isEmpty() ? "" : " class=\"" + kind + "\"") + "><span class=\"part\">" + Html.escape(name)
                + "</span><span class=\"meter\"><span style=\"width:" + width + "%;background:" + Html.heat(count.percent())
                + "\"></span></span>" + count.passed() + "/" + count.total() + " (" + width + "%)</li>";
    }
}
