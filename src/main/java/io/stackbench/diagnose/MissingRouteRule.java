package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * A route of the contract the server does not have or stubs: every request to it gets 404, 405
 * or 501 (or a 401 from middleware in front of it). One 404 among answers of the same route is
 * a lookup bug, not a missing route.
 */
final class MissingRouteRule implements RequestRule {

    @Override
    public String name() {
        return "missing-route";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (!missing(request) || request.expectedStatus().equals(request.status())) {
            return Optional.empty();
        }
        String route = Requests.route(request);
        List<Evidence.Request> same = Requests.sameRoute(evidence, request);
        // A route that answered anything but "not here" exists; a stub says so itself (501).
        boolean answered = !Requests.got(request, 501, 501) && exists(same);
        if (answered || same.stream().noneMatch(Requests::expectsSuccess)) {
            return Optional.empty();
        }
        long notHere = same.stream().filter(MissingRouteRule::missing).count();
        return Optional.of(Conclusion.of(Category.INCOMPLETE_IMPLEMENTATION, name(), Requests.describe(request),
                route + " never answered but with " + request.status().orElse(404) + " (" + notHere + " of " + same.size()
                        + " requests to it): the route is missing or stubbed"));
    }

    /** Some request to the route got an answer only a handler or the route's own middleware gives. */
    static boolean exists(List<Evidence.Request> sameRoute) {
        return sameRoute.stream().anyMatch(r -> Requests.got(r, 200, 299) || Requests.got(r, 403, 403) || Requests.got(r, 400, 400)
                || Requests.got(r, 409, 409) || Requests.got(r, 422, 422) || (Requests.authCheck(r) && Requests.got(r, 401, 401)));
    }

    private static boolean missing(Evidence.Request r) {
        return r.status().filter(s -> s == 404 || s == 405 || s == 501).isPresent();
    }
}
