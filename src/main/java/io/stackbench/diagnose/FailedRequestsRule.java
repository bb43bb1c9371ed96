package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite ran and requests failed: each root failure (not a knock-on of an earlier failed
 * request) is classified by the request rules, and the label most root failures share wins
 * (on a tie, the earliest's). Knock-ons are counted, never classified: they are one bug's echo.
 */
final class FailedRequestsRule implements RunRule {

    static final List<RequestRule> RULES = List.of(
            new ServerErrorRule(),
            new RedirectRule(),
            new MissingRouteRule(),
            new AuthRule(),
            new StatusMismatchRule(),
            new WrongBodyRule());

    @Override
    public String name() {
        return "failed-requests";
    }

    @Override
    public Optional<Conclusion> classify(Evidence evidence, List<LogSignal> signals) {
        List<Evidence.Request> roots = evidence.rootFailures();
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Conclusion>> byLabel = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean writeFailed = false;
        int echoes = 0;
        for (Evidence.Request request : roots) {
            Conclusion c = classify(request, evidence, signals);
            byLabel.computeIfAbsent(c.label(), k -> new ArrayList<>()).add(c);
            // Wrong values after a write that failed are mostly what the failed write left behind.
            boolean echo = writeFailed && c.rule().equals("wrong-body");
            echoes += echo ? 1 : 0;
            weights.merge(c.label(), weight(c) * (echo ? 0.2 : 1.0), Double::sum);
            writeFailed |= failedWrite(request);
        }
        // LinkedHashMap keeps the order of first appearance, so the reduction keeps the earliest on a tie.
        String best = weights.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
        List<Conclusion> winner = byLabel.get(best);
        Conclusion first = winner.get(0);
        List<String> said = new ArrayList<>();
        said.add(summary(evidence) + "; " + winner.size() + " of the root failures point here");
        winner.stream().limit(3).forEach(c -> said.addAll(c.evidence()));
        if (echoes > 0) {
            said.add(echoes + " later wrong value" + (echoes == 1 ? "" : "s") + " after a failed write counted as its echoes");
        }
        if (byLabel.size() > 1) {
            List<String> others = new ArrayList<>();
            byLabel.forEach((label, cs) -> {
                if (cs != winner) {
                    others.add(label + " (" + cs.size() + ")");
                }
            });
            said.add("other root failures: " + String.join(", ", others));
        }
        return Optional.of(new Conclusion(first.category(), first.subcategory(), name() + "/" + first.rule(), said));
    }

    /**
     * How much a group of root failures counts: a failure the server or the status explains
     * directly (an exception, a missing route, a refused token) outweighs wrong values, which
     * are often what a failed write earlier leaves behind in later lists and counts.
     */
    private static double weight(Conclusion c) {
        double each;
        if (c.rule().equals("server-error")) {
            each = c.subcategory().filter(s -> s != Subcategory.UNKNOWN).isPresent() ? 5 : 2;
        } else if (c.rule().equals("missing-route") || c.rule().equals("auth") || c.rule().equals("redirect")) {
            each = 3;
        } else if (c.rule().equals("status-mismatch") || c.category() == Category.SCHEMA_FORMAT_ERROR) {
            each = 2;
        } else {
            each = c.subcategory().filter(s -> s == Subcategory.UNKNOWN).isPresent() ? 0.5 : 1;
        }
        return each;
    }

    /** A write (POST, PUT, DELETE) that did not do what it should: a server error, no answer, another status. */
    private static boolean failedWrite(Evidence.Request r) {
        return r.method().filter(m -> m.equals("POST") || m.equals("PUT") || m.equals("DELETE")).isPresent()
                && (r.status().isEmpty() || !Requests.statusAsExpected(r));
    }

    static Conclusion classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        for (RequestRule rule : RULES) {
            Optional<Conclusion> c = rule.classify(request, evidence, signals);
            if (c.isPresent()) {
                return c.get();
            }
        }
        return Conclusion.logic(Subcategory.UNKNOWN, "unclassified", Requests.describe(request),
                "no rule recognises this failure: " + request.failures().stream().findFirst().orElse("no assertion details"));
    }

    /** "12 requests failed: 3 on their own, 9 as knock-ons". */
    static String summary(Evidence evidence) {
        int roots = evidence.rootFailures().size();
        int blocked = evidence.blockedFailures().size();
        if (roots + blocked == 0) {
            return "no request failed";
        }
        return (roots + blocked) + " request" + (roots + blocked == 1 ? "" : "s") + " failed: " + roots + " on their own, "
                + blocked + " as knock-ons of those";
    }
}
