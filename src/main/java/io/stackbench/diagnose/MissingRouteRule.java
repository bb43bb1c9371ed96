package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * A route of the contract the server does not have: every request to it that should succeed
 * gets 404, 405 or 501. (One 404 among successes of the same route is a lookup bug, not a
 * missing route.)
 */
final class MissingRouteRule implements RequestRule {

    @Override
    public String name() {
        return "missing-route";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (!Requests.expectsSuccess(request) || !(missing(request))) {
            return Optional.empty();
        }
        String route = Requests.route(request);
        List<Evidence.Request> same = evidence.requests().stream()
                .filter(r -> Requests.route(r).equals(route) && Requests.expectsSuccess(r)).toList();
        if (!same.stream().allMatch(MissingRouteRule::missing)) {
            return Optional.empty();
        }
        return Optional.of(Conclusion.of(Category.INCOMPLETE_IMPLEMENTATION, name(), Requests.describe(request),
                "every request to " + route + " that should succeed got " + request.status().orElse(404) + " (" + same.size()
                        + " request" + (same.size() == 1 ? "" : "s") + "): the route is missing"));
    }

    private static boolean missing(Evidence.Request r) {
        return r.status().filter(s -> s == 404 || s == 405 || s == 501).isPresent();
    }
}
