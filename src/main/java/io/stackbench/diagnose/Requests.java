package io.stackbench.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a request of the suite is, from its name, method and path. */
final class Requests {

    private static final Pattern AUTH_CHECK = Pattern.compile("(?i)(without (a )?token|malformed token|forged token|invalid token|expired token|no token)");
    private static final Pattern STATE_CHECK = Pattern.compile("(?i)( after | again\\b|returned by|\\(follows |not following|one-way|with the new)");
    private static final Pattern SHAPE = Pattern.compile("(?i)(\\bis an? \\w|\\bare (strings|present|iso|non-empty)|non-empty string|is an array|"
            + "array of|ISO \\d* ?date|is a profile|has an errors object|to have property|to be an? (string|number|boolean|object|array)|"
            + "expected undefined|of undefined|expected null to be|to have keys|is a boolean|integer|JSONError|Unexpected token|"
            + "body has no|is not JSON|not valid JSON)");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)(missing|empty|unknown|without|malformed|forged|invalid|wrong|duplicate|not the|again|after delete|nobody|no-such)");
    private static final Set<String> STATIC_SEGMENTS = Set.of("api", "users", "login", "user", "profiles", "follow", "articles",
            "feed", "favorite", "comments", "tags", "health-check");

    private Requests() {
    }

    static boolean authCheck(Evidence.Request r) {
        return AUTH_CHECK.matcher(r.name()).find();
    }

    /** Made as a signed-in user of the suite ("… as &lt;author&gt;"). */
    static boolean authenticated(Evidence.Request r) {
        return r.name().matches("(?s).* as <[^>]+>.*") && !authCheck(r);
    }

    /** Registering or logging in: the requests that make a token rather than present one. */
    static boolean signIn(Evidence.Request r) {
        String path = r.path().orElse(r.name());
        return r.method().map("POST"::equals).orElse(true) && path.matches("(?s).*/users(/login)?(\\s.*|$)");
    }

    static boolean listQuery(Evidence.Request r) {
        String path = r.path().orElse("") + " " + r.name();
        return r.method().map("GET"::equals).orElse(r.name().startsWith("GET")) && (path.contains("?") || path.contains("/feed")
                || path.matches("(?s).*/(articles|tags|comments)(\\s.*|$)"));
    }

    static boolean stateCheck(Evidence.Request r) {
        return STATE_CHECK.matcher(r.name()).find();
    }

    /** Whether the failed assertions are about the response's shape rather than its values. */
    static boolean shapeFailure(Evidence.Request r) {
        return !r.failures().isEmpty() && r.failures().stream().allMatch(f -> SHAPE.matcher(f).find() || statusAssertion(f));
    }

    static boolean statusAssertion(String failure) {
        return failure.matches("(?s).*→ \\d{3}:.*") || failure.contains("to have status code");
    }

    /** Per-user flags: who follows whom, who favorited what. */
    static boolean flagFailure(Evidence.Request r) {
        return r.failures().stream().map(Requests::check)
                .anyMatch(f -> f.toLowerCase(Locale.ROOT).matches("(?s).*(\\.(following|favorited)\\b|\\b(following|favorited) (is|equals)).*"));
    }

    /** What an assertion checks: its name after the request's ("… → article.favorited is true: …"). */
    private static String check(String failure) {
        int arrow = failure.indexOf("→ ");
        return arrow >= 0 ? failure.substring(arrow + 2) : failure;
    }

    /** The suite expected a 2xx; when it does not say (another harness's record), a request that is not a negative test. */
    static boolean expectsSuccess(Evidence.Request r) {
        return r.expectedStatus().map(s -> s >= 200 && s < 300).orElseGet(() -> !NEGATIVE.matcher(r.name()).find());
    }

    static boolean got(Evidence.Request r, int from, int to) {
        return r.status().map(s -> s >= from && s <= to).orElse(false);
    }

    /** The status went as the suite expected (or either is unknown). */
    static boolean statusAsExpected(Evidence.Request r) {
        return r.status().isEmpty() || r.expectedStatus().isEmpty() || r.status().equals(r.expectedStatus());
    }

    /** The route without its variable parts: {@code GET /api/articles/{}/comments}. */
    static String route(Evidence.Request r) {
        String path = r.path().orElse(r.name()).split("\\?")[0];
        StringBuilder shape = new StringBuilder(r.method().orElse(""));
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                shape.append('/').append(STATIC_SEGMENTS.contains(segment) ? segment : "{}");
            }
        }
        return shape.toString();
    }

    /** Every request of the run to the same route as {@code request}, itself included. */
    static List<Evidence.Request> sameRoute(Evidence evidence, Evidence.Request request) {
        String route = route(request);
        return evidence.requests().stream().filter(r -> route(r).equals(route)).toList();
    }

    static String describe(Evidence.Request r) {
        return r.name() + r.status().map(s -> ": got " + s).orElse(": no response")
                + r.expectedStatus().filter(e -> !r.status().equals(Optional.of(e))).map(e -> ", expected " + e).orElse("");
    }
}
