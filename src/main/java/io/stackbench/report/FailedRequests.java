package io.stackbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run page's failed requests, from the run's {@code assertions.json} (one entry per assertion,
 * in the order the suite ran): each request with a failed assertion, its status and the failed
 * assertions with newman's message. Requests that failed on their own come first; those that
 * failed only because an earlier one did ({@code blockedBy}) are folded below them, as
 * {@code stackbench diagnose} tells the two apart.
 */
final class FailedRequests {

    static final String FILE = "assertions.json";
    /** Requests listed at most in each group; a failed suite can fail hundreds. */
    static final int CAP = 80;

    /** One request and its failed assertions. */
    private record Request(String name, Optional<Integer> status, Optional<String> blockedBy, int passed, List<String> failures) {
    }

    private FailedRequests() {
    }

    static void append(StringBuilder html, Run run, RunLinks links, ObjectMapper json) {
        html.append("<h2 id=\"requests\">Failed requests</h2>\n");
        Path file = run.dir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            html.append("<p class=\"note\">").append(Html.escape(run.result().failingPhase()
                    .map(p -> "The suite did not run: the run failed at " + p + ".").orElse("No assertions.json in the run."))).append("</p>\n");
            return;
        }
        List<Request> failed;
        try {
            failed = read(json.readTree(file.toFile()));
        } catch (IOException e) {
            html.append("<p class=\"note\">assertions.json could not be read (").append(Html.escape(TrajectorySection.firstLine(e.getMessage())))
                    .append(").</p>\n");
            return;
        }
        if (failed.isEmpty()) {
            html.append("<p class=\"note\">No request failed.</p>\n");
            return;
        }
        List<Request> root = failed.stream().filter(r -> r.blockedBy().isEmpty()).toList();
        List<Request> knockOn = failed.stream().filter(r -> r.blockedBy().isPresent()).toList();
        html.append("<p class=\"summary\">").append(root.size()).append(root.size() == 1 ? " request" : " requests")
                .append(" failed on their own, ").append(knockOn.size()).append(" only because an earlier one did · <a href=\"")
                .append(Html.escape(links.to(run, FILE))).append("\">assertions.json</a> · <a href=\"")
                .append(Html.escape(links.to(run, "logs/suite.log"))).append("\">suite log</a></p>\n");
        list(html, root);
        if (!knockOn.isEmpty()) {
            html.append("<details><summary>").append(knockOn.size()).append(" knock-on failures</summary>\n");
            list(html, knockOn);
            html.append("</details>\n");
        }
    }

    private static void list(StringBuilder html, List<Request> requests) {
        html.append("<ol class=\"requests\">\n");
        for (Request r : requests.subList(0, Math.min(CAP, requests.size()))) {
            html.append("<li><span class=\"request\">").append(Html.escape(r.name())).append("</span> <span class=\"status\">")
                    .append(Html.escape(r.status().map(s -> "HTTP " + s).orElse("no response") + " · " + r.failures().size() + " of "
                            + (r.passed() + r.failures().size()) + " assertions failed")).append("</span>")
                    .append(r.blockedBy().map(b -> " <span class=\"blocked\">after " + Html.escape(b) + " failed</span>").orElse(""))
                    .append("<ul>");
            r.failures().forEach(f -> html.append("<li>").append(TrajectorySection.clip(f)).append("</li>"));
            html.append("</ul></li>\n");
        }
        html.append("</ol>\n");
        if (requests.size() > CAP) {
            html.append("<p class=\"note\">").append(requests.size() - CAP).append(" more not shown.</p>\n");
        }
    }

    /** The requests with a failed assertion, in the suite's order. */
    private static List<Request> read(JsonNode assertions) {
        Map<String, List<JsonNode>> byRequest = new LinkedHashMap<>();
        assertions.forEach(a -> byRequest.computeIfAbsent(a.path("request").asText(), k -> new ArrayList<>()).add(a));
        List<Request> out = new ArrayList<>();
        byRequest.forEach((name, results) -> {
            List<String> failures = new ArrayList<>();
            Optional<Integer> status = Optional.empty();
            Optional<String> blockedBy = Optional.empty();
            int passed = 0;
            for (JsonNode a : results) {
                if (a.path("status").isInt()) {
                    status = Optional.of(a.path("status").asInt());
                }
                if (a.path("passed").asBoolean()) {
                    passed++;
                    continue;
                }
                String error = a.path("error").asText("");
                failures.add(a.path("assertion").asText() + (error.isEmpty() ? "" : ": " + error));
                if (a.path("blockedBy").isTextual()) {
                    blockedBy = Optional.of(a.path("blockedBy").asText());
                }
            }
            if (!failures.isEmpty()) {
                out.add(new Request(name, status, blockedBy, passed, failures));
            }
        });
        return out;
    }
}
