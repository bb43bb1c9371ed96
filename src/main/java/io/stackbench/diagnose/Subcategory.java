package io.stackbench.diagnose;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The study's split of logic errors, each with its definition; the first two are the data layer. */
public enum Subcategory {
    INCORRECT_QUERY_LOGIC("Queries filter, join, order, count or paginate wrongly: a tag, author or favorited filter ignored, a feed not restricted to followed authors, limit and offset off."),
    DATABASE_RUNTIME_ERROR("The ORM or the database fails at run time: integrity errors not handled, missing tables or columns, session and transaction misuse."),
    FRAMEWORK_IDIOSYNCRASY("The web framework is misused: trailing-slash redirects, a body never parsed, parameters declared so the framework rejects valid requests, a response never sent."),
    AUTH_MISCONFIGURATION("Authentication is wrong: the token scheme, its signature or secret, 401 for valid tokens, no 401 without one."),
    BUSINESS_LOGIC_DEFECT("A domain rule is wrong: slugs, ownership (no 403), validation (no 422), not-found handling, values computed wrongly."),
    STATE_PROPAGATION_FAILURE("State is not carried between requests: a follow, favorite or update not persisted or not reflected later, per-user flags computed for the wrong user."),
    UNKNOWN("A logic error whose kind the evidence does not show.");

    private final String definition;

    Subcategory(String definition) {
        this.definition = definition;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String definition() {
        return definition;
    }

    /** Incorrect query logic and database runtime errors: the study's data-layer share. */
    public boolean dataLayer() {
        return this == INCORRECT_QUERY_LOGIC || this == DATABASE_RUNTIME_ERROR;
    }

    public static Subcategory fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown subcategory '" + id + "'"));
    }
}
