package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** ORM: queries are built with the ORM, not written as SQL strings and sent through it. */
@RuleInfo(id = "orm.raw-sql", verifier = Dimension.ORM,
        summary = "No raw SQL strings executed through the ORM (text(), execute(\"SELECT …\"), sequelize.query).")
final class RawSqlRule extends Rule {

    private static final Pattern SQL = Pattern.compile("(?is)^\\s*(select|insert|update|delete|create|drop|alter|with|pragma|truncate)\\b.*");






    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Orm orm = requirements.orm().orElseThrow();
        if (!OrmUsage.used(project, orm)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ModuleFacts module : project.modules) {
            boolean importsText = module.imports().stream()
                    .anyMatch(i -> i.specifier().startsWith("sqlalchemy") && i.names().contains("text"));
            for (ModuleFacts.Call call : module.calls()) {
                String callee = call.callee();
                String method = callee.substring(callee.lastIndexOf('.') + 1);
                boolean textCall = (callee.equals("text") && importsText) || callee.endsWith("sqlalchemy.text") || callee.equals("sa.text");
                boolean sqlString = SQL.matcher(call.firstString()).matches()
                        && List.of("execute", "exec_driver_sql", "query", "raw", "executescript").contains(method);
                boolean sequelizeQuery = orm == Orm.SEQUELIZE && method.equals("query")
                        && callee.toLowerCase(java.util.Locale.ROOT).contains("sequelize");
                if (textCall || sqlString || sequelizeQuery) {
                    findings.add(finding("raw SQL through the ORM: " + callee + "(" + abbreviate(call.firstString())
                            + "); build the query with " + orm.id() + " instead", module.path(), call.line()));
                }
            }
        }
        return findings;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "…" : "\"" + (flat.length() > 40 ? flat.substring(0, 37) + "..." : flat) + "\"";
    }
}
