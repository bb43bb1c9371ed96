package io.stackbench.verify;

import io.stackbench.core.StackBenchException;
import io.stackbench.task.Constraint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A database engine a project can show evidence of; the study's two plus those real teams also run. */
public enum Database {
    POSTGRES("postgres"), SQLITE("sqlite"), MYSQL("mysql"), MONGODB("mongodb"), SQLSERVER("sqlserver"), ORACLE("oracle");

    private final String id;

    Database(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Accepts the ids and the spellings configs use ({@code postgresql}, {@code mariadb}, {@code mssql}). */
    public static Database fromId(String id) {
        String v = id.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "postgresql", "pg" -> POSTGRES;
            case "sqlite3" -> SQLITE;
            case "mariadb" -> MYSQL;
            case "mongo" -> MONGODB;
            case "mssql" -> SQLSERVER;
            default -> Arrays.stream(values()).filter(d -> d.id.equals(v)).findFirst()
                    .orElseThrow(() -> StackBenchException.invalidInput("unknown database '" + id + "'; known: "
                            + Arrays.stream(values()).map(Database::id).collect(Collectors.joining(", "))));
        };
    }

    static Optional<Database> of(Constraint constraint) {
        return switch (constraint) {
            case POSTGRES -> Optional.of(POSTGRES);
            case SQLITE -> Optional.of(SQLITE);
            default -> Optional.empty();
        };
    }
}
