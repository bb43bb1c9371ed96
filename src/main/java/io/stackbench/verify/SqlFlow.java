package io.stackbench.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where raw SQL in one file comes from: a literal, a template or f-string, a concatenation, or a
 * variable assigned one of those earlier in the file (followed through further assignments).
 * It is a small intra-file data flow: SQL built in another file or passed in as a parameter is
 * not seen.
 */
final class SqlFlow {

    /** A statement, not a fragment: a keyword followed by what that statement needs. */
    private static final Pattern SQL = Pattern.compile("(?is)^[\\s(\"'`]*("
            + "select\\s.+\\sfrom\\s.*|select\\s+(\\*|count\\s*\\(|1\\b|now\\s*\\(|version\\s*\\().*"
            + "|insert\\s+(or\\s+\\w+\\s+)?into\\s.*|update\\s+[\\w.\"`]+\\s+set\\s.*|delete\\s+from\\s.*"
            + "|(create|drop|alter)\\s+(table|index|unique|view|schema|database|extension|type|sequence|trigger)\\s.*"
            + "|with\\s+(recursive\\s+)?\\w+\\s+as\\s*\\(.*|pragma\\s.*|truncate\\s.*|replace\\s+into\\s.*)");

    private final Map<String, ModuleFacts.Binding> sqlVariables = new HashMap<>();

    SqlFlow(ModuleFacts module) {
        List<ModuleFacts.Binding> bindings = module.bindings();
        // Two passes follow one level of "sql = base + where" after "base = 'SELECT …'".
        for (int pass = 0; pass < 2; pass++) {
            for (ModuleFacts.Binding b : bindings) {
                if (!sqlVariables.containsKey(b.name()) && (holdsSqlLiteral(module, b) || mentionsSqlVariable(b))) {
                    sqlVariables.put(b.name(), b);
                }
            }
        }
    }

    static boolean isSql(String text) {
        return SQL.matcher(text).matches();
    }

    /**
     * How this call's first argument carries SQL, in words for a finding, or empty when it does not
     * (as far as this file shows).
     */
    Optional<String> sqlArgument(ModuleFacts.Call call) {
        return switch (call.argument()) {
            case STRING -> isSql(call.firstString()) ? Optional.of(quote(call.firstString())) : Optional.empty();
            case TEMPLATE -> isSql(call.firstString()) ? Optional.of("SQL built in " + quote(call.firstString())) : Optional.empty();
            case IDENTIFIER -> Optional.ofNullable(sqlVariables.get(call.argumentText()))
                    .map(b -> "'" + b.name() + "', SQL built at line " + b.line());
            case CALL, EXPRESSION -> isSql(call.argumentText()) ? Optional.of("SQL built in " + quote(call.argumentText()))
                    : Optional.empty();
            case NONE -> Optional.empty();
        };
    }

    private static boolean holdsSqlLiteral(ModuleFacts module, ModuleFacts.Binding binding) {
        if (isSql(binding.valueText())) {
            return true;
        }
        return module.strings().stream().anyMatch(s -> s.offset() >= binding.start() && s.offset() < binding.end() && isSql(s.value()));
    }

    private boolean mentionsSqlVariable(ModuleFacts.Binding binding) {
        for (String name : sqlVariables.keySet()) {
            if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])").matcher(binding.valueText()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 40 ? flat.substring(0, 37) + "..." : flat) + "\"";
    }
}
