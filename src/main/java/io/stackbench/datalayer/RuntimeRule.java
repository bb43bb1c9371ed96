package io.stackbench.datalayer;

import io.stackbench.verify.Finding;
import io.stackbench.verify.Severity;

/** The runtime rules: what a server did to its database, judged after the suite and the probe. */
enum RuntimeRule {

    DATABASE_UNUSED("runtime.database-unused",
            "The database the task requires receives the application's data."),
    DATABASE_OTHER("runtime.database-other",
            "No other database is written: a PostgreSQL task writes no SQLite file."),
    N_PLUS_ONE("runtime.n-plus-one",
            "A list endpoint costs the same number of statements whatever the number of items it returns."),
    RAW_SQL("runtime.raw-sql",
            "On an ORM task, every statement on the application's tables has the shape the ORM gives it.");

    private final String id;
    private final String summary;

    RuntimeRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    String id() {
        return id;
    }

    String summary() {
        return summary;
    }

    /** A violation, pointing at the evidence: a line of {@code sql.jsonl}, or a file the server wrote (line 0). */
    Finding finding(String message, String file, int line) {
        return new Finding(id, Severity.ERROR, id, message, file, line);
    }
}
