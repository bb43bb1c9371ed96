package io.stackbench.diagnose;

import java.util.List;
import java.util.Optional;

/**
 * The status was right but the body was not: its shape (a schema error), or its values — a
 * list query's results (query logic), what earlier requests did (state), or a rule's outcome.
 */
final class WrongBodyRule implements RequestRule {

    @Override
    public String name() {
        return "wrong-body";
    }

    @Override
    public Optional<Conclusion> classify(Evidence.Request request, Evidence evidence, List<LogSignal> signals) {
        if (!Requests.statusAsExpected(request) || request.failed() == 0) {
            return Optional.empty();
        }
        String what = request.name() + ": " + request.failures().get(0);
        if (Requests.shapeFailure(request)) {
            return Optional.of(Conclusion.of(Category.SCHEMA_FORMAT_ERROR, name(), what, "the response has the wrong shape"));
        }
        if (Requests.stateCheck(request) && passedBefore(request, evidence)) {
            return Optional.of(Conclusion.logic(Subcategory.STATE_PROPAGATION_FAILURE, name(), what,
                    "the same request passed before the change it should now reflect"));
        }
        if (Requests.listQuery(request) && !Requests.flagFailure(request)) {
            return Optional.of(Conclusion.logic(Subcategory.INCORRECT_QUERY_LOGIC, name(), what,
                    "a list query returned the wrong articles, count or order"));
        }
        if (Requests.stateCheck(request) || Requests.flagFailure(request)) {
            return Optional.of(Conclusion.logic(Subcategory.STATE_PROPAGATION_FAILURE, name(), what,
                    "a later request does not see what an earlier one did (or sees it for the wrong user)"));
        }
        if (request.failures().isEmpty()) {
            return Optional.of(Conclusion.logic(Subcategory.UNKNOWN, name(), request.name() + " failed",
                    "no assertion details to say how"));
        }
        return Optional.of(Conclusion.logic(Subcategory.BUSINESS_LOGIC_DEFECT, name(), what, "a value the contract defines is computed wrongly"));
    }

    /** An earlier request that asked the same thing, before the change this one checks, and passed. */
    private static boolean passedBefore(Evidence.Request request, Evidence evidence) {
        String asked = request.name().replaceFirst("(?i) (after|again)\\b.*$", "").strip();
        for (Evidence.Request r : evidence.requests()) {
            if (r == request) {
                return false;
            }
            if (r.failed() == 0 && r.name().strip().equals(asked)) {
                return true;
            }
        }
        return false;
    }
}
