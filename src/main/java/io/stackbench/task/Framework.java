package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The eight web frameworks of the study. */
public enum Framework {
    FLASK("Flask", Runtime.PYTHON),
    FASTAPI("FastAPI", Runtime.PYTHON),
    DJANGO("Django", Runtime.PYTHON),
    AIOHTTP("aiohttp", Runtime.PYTHON),
    EXPRESS("Express", Runtime.NODE),
    FASTIFY("Fastify", Runtime.NODE),
    HONO("Hono", Runtime.NODE),
    KOA("Koa", Runtime.NODE);

    private final String displayName;
    private final Runtime runtime;

    Framework(String displayName, Runtime runtime) {
        this.displayName = displayName;
        this.runtime = runtime;
    }

    /** The lower-case id used in task ids, e.g. {@code fastapi}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public Runtime runtime() {
        return runtime;
    }

    /** The ORM the study pairs with this framework's runtime. */
    public Constraint orm() {
        return runtime == Runtime.PYTHON ? Constraint.SQLALCHEMY : Constraint.SEQUELIZE;
    }

    public static Framework fromId(String id) {
        for (Framework f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw StackBenchException.invalidInput("unknown framework '" + id + "'; known: "
                + Arrays.stream(values()).map(Framework::id).collect(Collectors.joining(", ")));
    }
}
