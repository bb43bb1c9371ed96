package io.stackbench.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ORM: queries are built with the ORM, not written as SQL and sent through it or beside it. SQL is
 * followed from literals, templates, f-strings and concatenations through variables in the same
 * file; migrations, seeds and tests may write SQL.
 */
@RuleInfo(id = "orm.raw-sql", verifier = Dimension.ORM,
        summary = "No raw SQL executed by the service (text(), execute(sql), sequelize.query, knex.raw, $queryRaw…), literal or built in a variable.")
final class RawSqlRule extends Rule {

    /** Calls that take SQL only when handed SQL: their argument decides. */
    private static final Set<String> EXECUTING = Set.of("execute", "exec_driver_sql", "executescript", "executemany", "query",
            "prepare", "exec", "run", "all", "get", "each", "none", "one", "oneOrNone", "many", "any", "unsafe");
    /** Escape hatches that only ever take SQL. */
    private static final Set<String> ALWAYS_RAW = Set.of("$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe");
    private static final Set<String> RAW_FRAGMENTS = Set.of("raw", "whereRaw", "orWhereRaw", "havingRaw", "orderByRaw",
            "selectRaw", "joinRaw", "fromRaw", "groupByRaw");

    private static final Set<String> CONNECTIONS = Set.of("conn", "connection", "cursor", "cur", "pool", "client", "db",
            "database", "knex", "trx", "sequelize");

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Orm orm = requirements.orm().orElseThrow();
        if (!OrmUsage.used(project, orm)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ModuleFacts module : project.modules) {
            if (SourceScope.of(module.path()) != SourceScope.PRODUCTION) {
                continue;
            }
            SqlFlow flow = new SqlFlow(module);
            boolean importsText = module.imports().stream()
                    .anyMatch(i -> i.specifier().startsWith("sqlalchemy") && i.names().contains("text"));
            Set<Integer> lines = new HashSet<>();
            for (ModuleFacts.Call call : module.calls()) {
                Optional<String> raw = rawSql(call, flow, importsText, orm);
                if (raw.isPresent() && lines.add(call.line())) {
                    findings.add(finding("raw SQL: " + call.callee() + "(" + raw.get() + "); build the query with " + orm.id()
                            + " instead", module.path(), call.line()));
                } else if (raw.isEmpty() && toAConnection(call) && flow.fromElsewhere(call) && lines.add(call.line())) {
                    findings.add(note("cannot tell whether " + call.callee() + "(" + call.argumentText() + ") sends raw SQL: '"
                            + call.argumentText() + "' comes from outside this function; check it, or allow it in the config file",
                            module.path(), call.line()));
                }
            }
        }
        return findings;
    }

    private static Optional<String> rawSql(ModuleFacts.Call call, SqlFlow flow, boolean importsText, Orm orm) {
        String callee = call.callee();
        String method = callee.substring(callee.lastIndexOf('.') + 1);
        Optional<String> sql = flow.sqlArgument(call);
        boolean textCall = (callee.equals("text") && importsText) || callee.endsWith("sqlalchemy.text") || callee.equals("sa.text");
        boolean sequelizeQuery = orm == Orm.SEQUELIZE && method.equals("query")
                && callee.toLowerCase(Locale.ROOT).contains("sequelize");
        if (textCall || sequelizeQuery || ALWAYS_RAW.contains(method)) {
            return Optional.of(sql.orElse(describe(call)));
        }
        if (RAW_FRAGMENTS.contains(method) && call.argument() != ModuleFacts.Argument.NONE) {
            return Optional.of(sql.orElse(describe(call)));
        }
        if ((EXECUTING.contains(method) || callee.equals("sql") || callee.endsWith(".sql")) && sql.isPresent()) {
            return sql;
        }
        return Optional.empty();
    }

    /** A statement handed to a raw connection (not an ORM session), where raw SQL usually travels. */
    private static boolean toAConnection(ModuleFacts.Call call) {
        String callee = call.callee();
        int dot = callee.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String method = callee.substring(dot + 1);
        String receiver = callee.substring(0, dot);
        receiver = receiver.substring(receiver.lastIndexOf('.') + 1);
        return Set.of("execute", "query", "executemany").contains(method) && CONNECTIONS.contains(receiver);
    }

    private static String describe(ModuleFacts.Call call) {
        return switch (call.argument()) {
            case STRING, TEMPLATE -> "\"" + SqlFlow.flat(call.firstString()) + "\"";
            case NONE -> "";
            default -> SqlFlow.flat(call.argumentText());
        };
    }
}
