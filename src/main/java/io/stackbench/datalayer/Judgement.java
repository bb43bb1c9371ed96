package io.stackbench.datalayer;

import io.stackbench.task.Constraint;
import io.stackbench.verify.Finding;
import io.stackbench.verify.VerifyReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime rules applied to what one run left: the statements (numbered as in
 * {@code sql.jsonl}), the call each belongs to, the SQLite files the server wrote and the probe.
 */
final class Judgement {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\"?[A-Za-z_][\\w$]*\"?\\.)?\"?([A-Za-z_][\\w$]*)\"?");

    private final Optional<Constraint> database;
    private final Optional<Constraint> orm;
    private final List<Statement> statements;
    private final List<Optional<Window>> calls;
    private final List<SqliteFiles.Database> sqlite;
    private final Path runDir;

    Judgement(Optional<Constraint> database, Optional<Constraint> orm, List<Statement> statements,
              List<Optional<Window>> calls, List<SqliteFiles.Database> sqlite, Path runDir) {
        this.database = database;
        this.orm = orm;
        this.statements = statements;
        this.calls = calls;
        this.sqlite = sqlite;
        this.runDir = runDir;
    }

    /** The verdicts of the rules that apply to the task's constraints. */
    List<VerifyReport.Verdict> verdicts(Optional<Probe.Outcome> probe, List<DataLayerReport.ProbeEndpoint> endpoints) {
        List<VerifyReport.Verdict> verdicts = new ArrayList<>();
        if (database.isEmpty()) {
            return verdicts;
        }
        verdicts.add(database.get() == Constraint.POSTGRES ? postgresUsed(probe) : sqliteUsed());
        if (database.get() == Constraint.POSTGRES) {
            verdicts.add(noSqlite());
            verdicts.add(nPlusOne(probe, endpoints));
            orm.ifPresent(o -> verdicts.add(rawSql(o)));
        }
        return verdicts;
    }

    /**
     * Each thing the probe created (a user, an article, a tag, a comment) carries a value found
     * nowhere else; a statement that wrote it shows it reached PostgreSQL. Without the probe's
     * data, any statement that wrote data at all must do.
     */
    private VerifyReport.Verdict postgresUsed(Optional<Probe.Outcome> probe) {
        java.util.Map<String, String> created = probe.map(Probe.Outcome::created).orElse(java.util.Map.of());
        long writes = statements.stream().filter(Statement::writesData).count();
        if (writes > 0 && !created.isEmpty()) {
            List<String> missing = created.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .filter(e -> statements.stream().noneMatch(s -> s.wrote(e.getValue())))
                    .map(e -> "the " + e.getKey() + " '" + e.getValue() + "'").toList();
            if (missing.isEmpty()) {
                return pass(RuntimeRule.DATABASE_UNUSED);
            }
            return fail(RuntimeRule.DATABASE_UNUSED, List.of(RuntimeRule.DATABASE_UNUSED.finding("The server answered with"
                    + " what the probe created, but no statement written to PostgreSQL carried " + String.join(", ", missing)
                    + ": that data lived elsewhere" + sqliteNote(), DataLayer.STATEMENTS_FILE, 0)));
        }
        if (writes > 0) {
            return pass(RuntimeRule.DATABASE_UNUSED);
        }
        String what = statements.isEmpty() ? "received no statement at all"
                : "received " + statements.size() + " statements, none of which wrote data (INSERT, UPDATE, DELETE, COPY)";
        return fail(RuntimeRule.DATABASE_UNUSED, List.of(RuntimeRule.DATABASE_UNUSED.finding("PostgreSQL " + what
                + " while the suite and the probe created users, articles and comments: the data lived elsewhere"
                + sqliteNote(), DataLayer.STATEMENTS_FILE, 0)));
    }

    private String sqliteNote() {
        List<SqliteFiles.Database> used = sqlite.stream().filter(d -> d.rows() > 0).toList();
        return used.isEmpty() ? "" : " (in " + String.join(", ", used.stream().map(d -> relative(d.file())).toList()) + ")";
    }

    private VerifyReport.Verdict sqliteUsed() {
        if (sqlite.stream().anyMatch(d -> d.rows() > 0)) {
            return pass(RuntimeRule.DATABASE_UNUSED);
        }
        String found = sqlite.isEmpty() ? "the server wrote no SQLite database file"
                : "the SQLite files it wrote hold no rows: " + String.join("; ", sqlite.stream()
                        .map(d -> relative(d.file()) + ": " + d.describe()).toList());
        return fail(RuntimeRule.DATABASE_UNUSED, List.of(RuntimeRule.DATABASE_UNUSED.finding("After the suite and the probe, "
                + found + ": the data lived elsewhere (in memory?)", sqlite.isEmpty() ? "solution" : relative(sqlite.get(0).file()),
                0)));
    }

    private VerifyReport.Verdict noSqlite() {
        List<Finding> findings = sqlite.stream().filter(d -> !d.tables().isEmpty() || !d.error().isEmpty())
                .map(d -> RuntimeRule.DATABASE_OTHER.finding("The server wrote a SQLite database during a PostgreSQL task: "
                        + relative(d.file()) + " (" + d.describe() + ")", relative(d.file()), 0)).toList();
        return findings.isEmpty() ? pass(RuntimeRule.DATABASE_OTHER) : fail(RuntimeRule.DATABASE_OTHER, findings);
    }

    private VerifyReport.Verdict nPlusOne(Optional<Probe.Outcome> probe, List<DataLayerReport.ProbeEndpoint> endpoints) {
        List<DataLayerReport.ProbeEndpoint> compared = endpoints.stream().filter(e -> e.note().isEmpty()).toList();
        if (compared.isEmpty()) {
            String why = probe.flatMap(Probe.Outcome::failure).orElse("no list endpoint returned the items the probe created");
            return cannotJudge(RuntimeRule.N_PLUS_ONE, why);
        }
        List<Finding> findings = new ArrayList<>();
        int extraItems = Probe.LARGE - Probe.SMALL;
        for (DataLayerReport.ProbeEndpoint e : compared) {
            int growth = e.largeStatements() - e.smallStatements();
            if (growth >= extraItems) {
                Repeated repeated = repeated(e.endpoint());
                findings.add(RuntimeRule.N_PLUS_ONE.finding(e.endpoint() + " costs " + e.smallStatements() + " statements for "
                        + e.smallItems() + " items and " + e.largeStatements() + " for " + e.largeItems()
                        + ": the count grows with the items returned; repeated: " + repeated.shape(),
                        DataLayer.STATEMENTS_FILE, repeated.line()));
            }
        }
        return findings.isEmpty() ? pass(RuntimeRule.N_PLUS_ONE) : fail(RuntimeRule.N_PLUS_ONE, findings);
    }

    private record Repeated(String shape, int line) {
    }

    /** The statement shape whose count grew most from the small call to the large one of an endpoint. */
    private Repeated repeated(String endpoint) {
        // The second call at each size: the first may pay for a new connection.
        String largeCall = Probe.label(endpoint, Probe.LARGE, 1);
        Map<String, Integer> small = shapes(Probe.label(endpoint, Probe.SMALL, 1));
        Map<String, Integer> large = shapes(largeCall);
        String best = "";
        int bestGrowth = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : large.entrySet()) {
            int growth = e.getValue() - small.getOrDefault(e.getKey(), 0);
            if (growth > bestGrowth) {
                best = e.getKey();
                bestGrowth = growth;
            }
        }
        for (int i = 0; i < statements.size(); i++) {
            if (calls.get(i).filter(w -> w.request().equals(largeCall)).isPresent()
                    && SqlShapes.shape(statements.get(i).sql()).equals(best)) {
                return new Repeated(best, i + 1);
            }
        }
        return new Repeated(best, 0);
    }

    private Map<String, Integer> shapes(String call) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            if (calls.get(i).filter(w -> w.request().equals(call)).isPresent()) {
                counts.merge(SqlShapes.shape(statements.get(i).sql()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private VerifyReport.Verdict rawSql(Constraint ormConstraint) {
        SqlShapes.Orm orm = ormConstraint == Constraint.SEQUELIZE ? SqlShapes.Orm.SEQUELIZE : SqlShapes.Orm.SQLALCHEMY;
        Set<String> tables = new TreeSet<>();
        for (Statement s : statements) {
            Matcher m = CREATE_TABLE.matcher(s.sql());
            if (s.error().isEmpty() && m.find()) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (tables.isEmpty()) {
            return cannotJudge(RuntimeRule.RAW_SQL, "no table was created in the task's database during the run");
        }
        int ormShaped = 0;
        Map<String, Integer> handBuilt = new LinkedHashMap<>();
        // A run repeats a few dozen shapes hundreds of times: each shape is parsed once.
        Map<String, SqlShapes.Verdict> judged = new java.util.HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s.error().isPresent()) {
                continue;
            }
            String shape = SqlShapes.shape(s.sql());
            SqlShapes.Verdict v = judged.computeIfAbsent(shape, k -> SqlShapes.judge(orm, s.sql(), tables));
            if (v == SqlShapes.Verdict.ORM) {
                ormShaped++;
            } else if (v == SqlShapes.Verdict.HAND_BUILT) {
                handBuilt.putIfAbsent(shape, i);
            }
        }
        if (ormShaped == 0) {
            // The ORM configured unlike its defaults, or not used at all (the static orm rules say so):
            // no shape to compare with, so no finding.
            return cannotJudge(RuntimeRule.RAW_SQL, "no statement on the application's tables has " + ormConstraint.id()
                    + "'s shape, so there is nothing to tell hand-built statements from");
        }
        List<Finding> findings = new ArrayList<>();
        handBuilt.forEach((shape, i) -> findings.add(RuntimeRule.RAW_SQL.finding("A statement " + ormConstraint.id()
                + " does not produce reached the database" + calls.get(i).map(w -> " during " + w.request()).orElse("")
                + ": " + shape, DataLayer.STATEMENTS_FILE, i + 1)));
        return findings.isEmpty() ? pass(RuntimeRule.RAW_SQL) : fail(RuntimeRule.RAW_SQL, findings);
    }

    private String relative(Path file) {
        return file.startsWith(runDir) ? runDir.relativize(file).toString() : file.toString();
    }

    private static VerifyReport.Verdict pass(RuntimeRule rule) {
        return new VerifyReport.Verdict(rule.id(), true, VerifyReport.Status.PASS, "", List.of());
    }

    private static VerifyReport.Verdict fail(RuntimeRule rule, List<Finding> findings) {
        return new VerifyReport.Verdict(rule.id(), false, VerifyReport.Status.FAIL, "", findings);
    }

    private static VerifyReport.Verdict cannotJudge(RuntimeRule rule, String reason) {
        return new VerifyReport.Verdict(rule.id(), false, VerifyReport.Status.CANNOT_JUDGE, reason, List.of());
    }
}
