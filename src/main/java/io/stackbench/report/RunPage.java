package io.stackbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.Resources;
import io.stackbench.eval.PhaseResult;
import io.stackbench.eval.RunResult;
import io.stackbench.verify.Finding;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run's page: its outcome and scores, the evaluation's phases, the agent's steps
 * ({@link TrajectorySection}), the failed requests ({@link FailedRequests}) and the verifier
 * findings, static and runtime, with links to the evidence. Self-contained like the report
 * (inline CSS, no script), and everything from the run is escaped.
 */
final class RunPage {

    private RunPage() {
    }

    /**
     * @param links  links from the page's directory to the run's files
     * @param report the report's URL relative to the page
     */
    static String render(Run run, RunLinks links, String report) {
        ObjectMapper json = Json.mapper();
        RunResult r = run.result();
        String title = r.task().id() + " · run " + run.number() + " · " + run.configuration().id();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(Resources.text(RunPage.class, "report.css"))
                .append(Resources.text(RunPage.class, "run.css")).append("</style>\n</head>\n<body class=\"run\">\n")
                .append("<nav><a href=\"").append(Html.escape(report)).append("\">← report</a>")
                .append(" · <a href=\"#outcome\">outcome</a> · <a href=\"#steps\">agent steps</a>")
                .append(" · <a href=\"#requests\">failed requests</a> · <a href=\"#findings\">verifier findings</a></nav>\n")
                .append("<h1>").append(Html.escape(r.task().id())).append(" <span class=\"run-number\">run ").append(run.number())
                .append("</span></h1>\n<p class=\"summary\">").append(Html.escape(run.configuration().id() + " · "
                        + Dimension.FRAMEWORK.label(r.task().framework()) + " · L" + r.task().level() + " · "
                        + (r.task().constraints().isEmpty() ? "unconstrained" : String.join(", ", r.task().constraints()))
                        + (r.task().feature().map(f -> " · feature task: " + f).orElse(""))))
                .append("</p>\n<p class=\"files\">").append(files(run, links)).append("</p>\n");
        outcome(html, run);
        TrajectorySection.append(html, run, links, json);
        FailedRequests.append(html, run, links, json);
        findings(html, run, links);
        html.append("<footer>StackBench run page · <a href=\"").append(Html.escape(report)).append("\">back to the report</a></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** Links to the run's files that exist. */
    private static String files(Run run, RunLinks links) {
        List<String> out = new ArrayList<>();
        for (String[] f : new String[][] {{"result.json", "result.json"}, {"logs/server.log", "server log"},
                {"logs/suite.log", "suite log"}, {"solution.patch", "patch"}, {"generation/generation.json", "generation.json"},
                {"generation/agent/agent.log", "agent log"}, {"diagnosis.json", "diagnosis.json"}}) {
            if (Files.exists(run.dir().resolve(f[0]))) {
                out.add("<a href=\"" + Html.escape(links.to(run, f[0])) + "\">" + Html.escape(f[1]) + "</a>");
            }
        }
        return String.join(" · ", out);
    }

    private static void outcome(StringBuilder html, Run run) {
        RunResult r = run.result();
        html.append("<h2 id=\"outcome\">Outcome</h2>\n<dl class=\"facts\">\n");
        fact(html, "outcome", "<span class=\"" + (r.success() ? "ok" : "fail") + "\">" + Html.escape(r.outcome()) + "</span>");
        fact(html, "A%", Html.escape(Numbers.one(r.assertPercent()) + " (" + r.assertions().passed() + " of "
                + r.assertions().total() + " assertions)"));
        fact(html, "strict A%", Html.escape(Numbers.one(r.strictAssertPercent())));
        r.dataLayerSoundAssertPercent().ifPresent(d -> fact(html, "data-layer-sound A%", Html.escape(Numbers.one(d))));
        run.diagnosis().ifPresent(d -> fact(html, "diagnosis", Html.escape(d.label() + " (rule " + d.rule() + ")")));
        r.generation().ifPresent(g -> fact(html, "agent", Html.escape(generation(g))));
        fact(html, "evaluation", Html.escape(Numbers.one(r.seconds()) + " s · " + (r.sealed() ? "sealed" : "not sealed (isolation none)")
                + r.limit().map(l -> " · ran into the " + l + " limit").orElse("")));
        html.append("</dl>\n<ol class=\"phases\">");
        for (PhaseResult p : r.phases()) {
            String kind = switch (p.status()) {
                case PASSED -> "ok";
                case FAILED -> "fail";
                case SKIPPED -> "skipped";
            };
            html.append("<li class=\"").append(kind).append("\"><span class=\"part\">").append(Html.escape(p.name())).append("</span>")
                    .append(Html.escape(p.status().name().toLowerCase(Locale.ROOT)
                            + (p.status() == PhaseResult.Status.SKIPPED ? "" : " · " + Numbers.one(p.seconds()) + " s")))
                    .append(p.message().map(m -> "<span class=\"message\">" + TrajectorySection.clip(m) + "</span>").orElse(""))
                    .append("</li>");
        }
        html.append("</ol>\n");
    }

    private static String generation(RunResult.Generation g) {
        List<String> parts = new ArrayList<>();
        parts.add(g.exitReason());
        parts.add(g.steps().map(s -> s + (s == 1 ? " step" : " steps")).orElse("steps unknown"));
        parts.add(g.inputTokens().map(t -> String.format(Locale.ROOT, "%,d", t) + " tokens in").orElse("tokens in unknown")
                + g.cachedInputTokens().filter(c -> c > 0).map(c -> String.format(Locale.ROOT, " (%,d cached)", c)).orElse(""));
        parts.add(g.outputTokens().map(t -> String.format(Locale.ROOT, "%,d", t) + " out").orElse("tokens out unknown"));
        parts.add(g.costUsd().map(c -> String.format(Locale.ROOT, "$%.4f", c)).orElse("cost unknown"));
        parts.add(Numbers.one(g.seconds()) + " s");
        return g.agent() + ":" + g.model() + " · " + String.join(" · ", parts);
    }

    private static void fact(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** The static verifiers' verdicts (evidence in the solution) and the runtime rules' (evidence in the run's records). */
    private static void findings(StringBuilder html, Run run, RunLinks links) {
        RunResult r = run.result();
        html.append("<h2 id=\"findings\">Verifier findings</h2>\n<h3>Static rules</h3>\n");
        if (r.verifiers().isEmpty()) {
            html.append("<p class=\"note\">No static verifier applies to the task's constraints.</p>\n");
        } else {
            verdicts(html, r.verifiers(), f -> evidence(run, links, r.solution().tree() + "/" + f.file()));
        }
        html.append("<h3>Runtime rules</h3>\n");
        if (r.dataLayer().isEmpty()) {
            html.append("<p class=\"note\">Not checked: the result is from before runtime checks.</p>\n");
        } else if (!r.dataLayer().get().checked()) {
            html.append("<p class=\"note\">").append(Html.escape("Not checked" + (r.dataLayer().get().reason().isEmpty() ? "."
                    : ": " + r.dataLayer().get().reason()))).append("</p>\n");
        } else if (r.dataLayer().get().verdicts().isEmpty()) {
            html.append("<p class=\"note\">No runtime rule applies to the task's constraints.</p>\n");
        } else {
            verdicts(html, r.dataLayer().get().verdicts(), f -> evidence(run, links, f.file()));
        }
    }

    private static Optional<String> evidence(Run run, RunLinks links, String file) {
        return Files.exists(run.dir().resolve(file)) ? Optional.of(links.to(run, file)) : Optional.empty();
    }

    /** Each verdict, then its findings: rule, severity, message and the evidence, linked when the file is in the run. */
    private static void verdicts(StringBuilder html, List<VerifyReport.Verdict> verdicts, Function<Finding, Optional<String>> link) {
        html.append("<ul class=\"findings\">\n");
        for (VerifyReport.Verdict v : verdicts) {
            String kind = switch (v.status()) {
                case PASS -> "ok";
                case FAIL -> "fail";
                case CANNOT_JUDGE -> "skipped";
            };
            html.append("<li class=\"").append(kind).append("\"><span class=\"part\">").append(Html.escape(v.verifier()))
                    .append("</span>").append(Html.escape(v.status().label() + (v.reason().isEmpty() ? "" : ": " + v.reason())));
            if (!v.findings().isEmpty()) {
                html.append("<ul>");
                for (Finding f : v.findings()) {
                    String where = f.line() > 0 ? f.file() + ":" + f.line() : f.file();
                    html.append("<li class=\"finding\"><span class=\"rule\">").append(Html.escape(f.ruleId())).append("</span> ")
                            .append("<span class=\"severity\">").append(Html.escape(f.severity().sarifLevel())).append("</span> ")
                            .append("<span class=\"message\">").append(TrajectorySection.clip(f.message())).append("</span> ")
                            .append(link.apply(f).map(href -> "<a href=\"" + Html.escape(href) + "\">" + Html.escape(where) + "</a>")
                                    .orElse("<span class=\"where\">" + Html.escape(where) + "</span>"))
                            .append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
