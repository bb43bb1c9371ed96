package io.stackbench.diagnose;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The study's coarse failure categories (SPEC §1), each with its definition. */
public enum Category {
    SERVER_STARTUP_FAILURE("The server never answered: its dependencies did not install, it did not import or boot, or it listened elsewhere."),
    INCOMPLETE_IMPLEMENTATION("The server runs, but endpoints of the contract are missing or stubbed (404, 405 or 501 where the contract has a route)."),
    SCHEMA_FORMAT_ERROR("Endpoints answer with the right status but the wrong JSON shape: a wrong wrapper, missing or renamed fields, wrong types."),
    LOGIC_ERROR("Endpoints exist and answer in the right shape, but behave wrongly; see the subcategory."),
    CONSTRAINT_VIOLATION("The API suite passes, but a structural constraint (architecture, database or ORM) is broken."),
    PREMATURE_TERMINATION("The agent stopped before it finished (time or cost limit, an error, or steps spent without looping) and left the solution failing."),
    STUCK_IN_LOOP("The agent repeated the same actions until its step limit."),
    UNKNOWN("The evidence does not show why the run failed.");

    private final String definition;

    Category(String definition) {
        this.definition = definition;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String definition() {
        return definition;
    }

    public static Category fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category '" + id + "'"));
    }
}
