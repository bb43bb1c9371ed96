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

    /**
     * A statement, not a fragment: a keyword followed by what that statement needs. Connection
     * settings ({@code PRAGMA foreign_keys=ON} in a connect hook) are configuration, not queries.
     */
    private static final Pattern SQL = Pattern.compile("(?is)^[\\s(\"'`]*("
            + "select\\s.+\\sfrom\\s.*|select\\s+(\\*|count\\s*\\(|1\\b|now\\s*\\(|version\\s*\\().*"
            + "|insert\\s+(or\\s+\\w+\\s+)?into\\s.*|update\\s+[\\w.\"`]+\\s+set\\s.*|delete\\s+from\\s.*"
            + "|(create|drop|alter)\\s+(table|index|unique|view|schema|database|extension|type|sequence|trigger)\\s.*"
            + "|with\\s+(recursive\\s+)?\\w+\\s+as\\s*\\(.*|truncate\\s.*|replace\\s+into\\s.*)");

    private final ModuleFacts module;
    private final Map<String, List<ModuleFacts.Binding>> sqlVariables = new HashMap<>();

    SqlFlow(ModuleFacts module) {
        this.module = module;
        List<ModuleFacts.Binding> bindings = module.bindings();
        // Two passes follow one level of "sql = base + where" after "base = 'SELECT …'".
        for (int pass = 0; pass < 2; pass++) {
            for (ModuleFacts.Binding b : bindings) {
                List<ModuleFacts.Binding> known = sqlVariables.computeIfAbsent(b.name(), k -> new java.util.ArrayList<>());
                if (!known.contains(b) && (holdsSqlLiteral(module, b) || mentionsSqlVariable(b))) {
                    known.add(b);
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
            case IDENTIFIER -> visible(call.argumentText(), call.offset())
                    .map(b -> "'" + b.name() + "', SQL built at line " + b.line());
            case CALL, EXPRESSION -> isSql(call.argumentText()) ? Optional.of("SQL built in " + quote(call.argumentText()))
                    : Optional.empty();
            case NONE -> Optional.empty();
        };
    }

    /**
     * The SQL assignment to {@code name} a use at {@code offset} sees: one earlier in the same
     * function, or one at module level. A variable of the same name in another function is another variable.
     */
    private Optional<ModuleFacts.Binding> visible(String name, int offset) {
        Optional<ModuleFacts.Span> scope = module.functionAt(offset);
        return sqlVariables.getOrDefault(name, List.of()).stream()
                .filter(b -> {
                    Optional<ModuleFacts.Span> bound = module.functionAt(b.start());
                    return bound.isEmpty() || (bound.equals(scope) && b.start() < offset);
                })
                .reduce((first, second) -> second);
    }

    /**
     * True when the call's first argument is a name this file never assigns where the call can
     * see it (a parameter, an import): what it holds cannot be told from here.
     */
    boolean fromElsewhere(ModuleFacts.Call call) {
        if (call.argument() != ModuleFacts.Argument.IDENTIFIER) {
            return false;
        }
        Optional<ModuleFacts.Span> scope = module.functionAt(call.offset());
        return module.bindings().stream().noneMatch(b -> b.name().equals(call.argumentText())
                && (module.functionAt(b.start()).isEmpty() || module.functionAt(b.start()).equals(scope)));
    }

    private static boolean holdsSqlLiteral(ModuleFacts module, ModuleFacts.Binding binding) {
        if (isSql(binding.valueText())) {
            return true;
        }
        return module.strings().stream().anyMatch(s -> s.offset() >= binding.start() && s.offset() < binding.end() && isSql(s.value()));
    }

    private boolean mentionsSqlVariable(ModuleFacts.Binding binding) {
        for (String name : sqlVariables.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList()) {
            if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])").matcher(binding.valueText()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String sql) {
        return "\"" + flat(sql) + "\"";
    }

    /** SQL or code on one line and at most 40 characters, for a finding's message. */
    static String flat(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 40 ? flat.substring(0, 37) + "..." : flat;
    }
}
