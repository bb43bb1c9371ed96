package io.stackbench.report;

import io.stackbench.datalayer.DataLayerReport;
import io.stackbench.verify.Finding;
import io.stackbench.verify.VerifyReport;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run's data layer, as a cell of the HTML run table: a {@code <details>} "statements per request"
 * that unfolds into the suite's requests in order with the statements and milliseconds each cost
 * (the {@value #HEAVY} costliest marked), the probe's list endpoints at two dataset sizes, and the
 * runtime rules' verdicts with their findings linked to the evidence ({@code sql.jsonl:line}). Lists
 * and spans, not tables, so the run table's rows stay its only rows. Everything from the result is
 * escaped: request names and messages come from what the run did.
 */
final class RunDataLayer {

    /** How many requests, those with the most statements, are highlighted. */
    static final int HEAVY = 5;

    private RunDataLayer() {
    }

    static String cell(Run run, RunLinks links) {
        if (run.result().dataLayer().isEmpty()) {
            return "<td class=\"label datalayer\">" + Numbers.NOT_AVAILABLE + "</td>";
        }
        DataLayerReport d = run.result().dataLayer().get();
        if (!d.checked()) {
            return "<td class=\"label datalayer\">" + Html.escape("not checked" + (d.reason().isEmpty() ? "" : ": " + d.reason())) + "</td>";
        }
        List<String> failed = d.failed().stream().map(VerifyReport.Verdict::verifier).toList();
        String summary = "statements per request (" + d.statements() + (d.statements() == 1 ? " statement; " : " statements; ")
                + (failed.isEmpty() ? "runtime rules pass" : "failed: " + String.join(", ", failed)) + ")";
        StringBuilder out = new StringBuilder("<td class=\"label datalayer\" data-filter-text=\"")
                .append(Html.escape(String.join(" ", failed))).append("\"><details class=\"datalayer\"><summary>")
                .append(Html.escape(summary)).append("</summary>");
        requests(out, d);
        probe(out, d);
        verdicts(out, d, run, links);
        return out.append("</details></td>").toString();
    }

    /** The suite's requests in the order they ran; the {@link #HEAVY} with most statements (more than 0) marked. */
    private static void requests(StringBuilder out, DataLayerReport d) {
        if (d.requests().isEmpty()) {
            out.append("<p class=\"sub\">").append(Html.escape(d.captured() ? "no requests recorded"
                    : "statements were not captured per request (" + d.database() + ")")).append("</p>");
            return;
        }
        Set<Integer> heavy = d.requests().stream().filter(r -> r.statements() > 0)
                .sorted(Comparator.comparingInt(DataLayerReport.RequestStatements::statements).reversed()
                        .thenComparingInt(DataLayerReport.RequestStatements::index))
                .limit(HEAVY).map(DataLayerReport.RequestStatements::index).collect(Collectors.toSet());
        out.append("<ol class=\"requests\">");
        for (DataLayerReport.RequestStatements r : d.requests()) {
            out.append(heavy.contains(r.index()) ? "<li class=\"heavy\">" : "<li>")
                    .append("<span class=\"part\">").append(Html.escape(r.request())).append("</span>")
                    .append("<span class=\"request\">").append(Html.escape(r.method() + " " + r.path())).append("</span>")
                    .append("<span class=\"count\">").append(r.statements()).append(r.statements() == 1 ? " statement" : " statements")
                    .append("</span><span class=\"count\">").append(Numbers.one(r.millis())).append(" ms</span></li>");
        }
        out.append("</ol>");
    }

    /** The probe as a grid: endpoint, items and statements at the small and at the large dataset, and a note. */
    private static void probe(StringBuilder out, DataLayerReport d) {
        if (d.probe().isEmpty()) {
            return;
        }
        out.append("<p class=\"sub\">probe: list endpoints at a small and a large dataset</p><ul class=\"probe\">")
                .append("<li class=\"head\"><span>endpoint</span><span>small items</span><span>small statements</span>")
                .append("<span>large items</span><span>large statements</span><span>note</span></li>");
        for (DataLayerReport.ProbeEndpoint p : d.probe()) {
            out.append("<li><span>").append(Html.escape(p.endpoint())).append("</span><span>").append(p.smallItems())
                    .append("</span><span>").append(p.smallStatements()).append("</span><span>").append(p.largeItems())
                    .append("</span><span>").append(p.largeStatements()).append("</span><span>")
                    .append(Html.escape(p.note().orElse(""))).append("</span></li>");
        }
        out.append("</ul>");
    }

    /** Each runtime rule's verdict, then its findings: rule, severity, message and the evidence, linked. */
    private static void verdicts(StringBuilder out, DataLayerReport d, Run run, RunLinks links) {
        if (d.verdicts().isEmpty()) {
            out.append("<p class=\"sub\">no runtime rule applies to the task's constraints</p>");
            return;
        }
        out.append("<p class=\"sub\">runtime rules</p><ul class=\"findings\">");
        for (VerifyReport.Verdict v : d.verdicts()) {
            String kind = switch (v.status()) {
                case PASS -> "ok";
                case FAIL -> "fail";
                case CANNOT_JUDGE -> "skipped";
            };
            out.append("<li class=\"").append(kind).append("\"><span class=\"part\">")
                    .append(Html.escape(v.verifier())).append("</span>").append(Html.escape(v.status().label()))
                    .append(v.reason().isEmpty() ? "" : ": " + Html.escape(v.reason())).append("</li>");
            for (Finding f : v.findings()) {
                String evidence = f.line() > 0 ? f.file() + ":" + f.line() : f.file();
                out.append("<li class=\"finding\"><span class=\"part\">").append(Html.escape(f.ruleId())).append("</span>")
                        .append("<span class=\"severity\">").append(Html.escape(f.severity().sarifLevel())).append("</span>")
                        .append("<span class=\"message\">").append(Html.escape(f.message())).append("</span>")
                        .append("<a href=\"").append(Html.escape(links.to(run, f.file()))).append("\">")
                        .append(Html.escape(evidence)).append("</a></li>");
            }
        }
        out.append("</ul>");
    }
}
