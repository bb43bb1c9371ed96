package io.stackbench.verify;

import io.stackbench.core.StackBenchException;
import io.stackbench.task.Constraint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ORM a project may be required to use: the study's two and the others teams adopt, each with
 * the modules code imports it by and the package names manifests declare it under.
 */
public enum Orm {
    SQLALCHEMY("sqlalchemy", true, Set.of("sqlalchemy", "flask_sqlalchemy", "sqlmodel"),
            Set.of("sqlalchemy", "flask-sqlalchemy", "sqlmodel")),
    DJANGO("django", true, Set.of("django"), Set.of("django")),
    SEQUELIZE("sequelize", false, Set.of("sequelize", "@sequelize/core", "sequelize-typescript"),
            Set.of("sequelize", "@sequelize/core", "sequelize-typescript")),
    PRISMA("prisma", false, Set.of("@prisma/client"), Set.of("@prisma/client", "prisma")),
    TYPEORM("typeorm", false, Set.of("typeorm", "@nestjs/typeorm"), Set.of("typeorm", "@nestjs/typeorm")),
    DRIZZLE("drizzle", false, Set.of("drizzle-orm"), Set.of("drizzle-orm")),
    MIKRO_ORM("mikro-orm", false, Set.of("@mikro-orm/core", "@mikro-orm/postgresql", "@mikro-orm/sqlite",
            "@mikro-orm/better-sqlite", "@mikro-orm/mysql", "@mikro-orm/mariadb", "@mikro-orm/mongodb", "@mikro-orm/nestjs"),
            Set.of("@mikro-orm/core"));

    private final String id;
    private final boolean python;
    private final Set<String> modules;
    private final Set<String> distributions;

    Orm(String id, boolean python, Set<String> modules, Set<String> distributions) {
        this.id = id;
        this.python = python;
        this.modules = modules;
        this.distributions = distributions;
    }

    public String id() {
        return id;
    }

    /** Top-level import names (Python) or package names (JS/TS) code uses the ORM through. */
    Set<String> modules() {
        return modules;
    }

    /** Names a manifest declares the ORM under (Python names normalised). */
    Set<String> distributions() {
        return distributions;
    }

    boolean python() {
        return python;
    }

    public static Orm fromId(String id) {
        String v = id.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "sqlmodel", "flask-sqlalchemy" -> SQLALCHEMY;
            case "mikro_orm", "mikroorm" -> MIKRO_ORM;
            case "drizzle-orm" -> DRIZZLE;
            default -> Arrays.stream(values()).filter(o -> o.id.equals(v)).findFirst()
                    .orElseThrow(() -> StackBenchException.invalidInput("unknown ORM '" + id + "'; known: "
                            + Arrays.stream(values()).map(Orm::id).collect(Collectors.joining(", "))));
        };
    }

    static Optional<Orm> of(Constraint constraint) {
        return switch (constraint) {
            case SQLALCHEMY -> Optional.of(SQLALCHEMY);
            case SEQUELIZE -> Optional.of(SEQUELIZE);
            default -> Optional.empty();
        };
    }
}
