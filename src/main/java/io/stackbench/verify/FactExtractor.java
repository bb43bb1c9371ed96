package io.stackbench.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

/**
 * Parses one file with tree-sitter and collects its imports, string literals and calls. One
 * extractor holds one parser and one query per language; it is not thread-safe.
 */
final class FactExtractor {

    // Capture names say what each node is, so no node's type has to be asked of tree-sitter again.
    private static final String PYTHON_QUERY = """
            (import_statement) @import
            (import_from_statement) @from
            (call function: (_) @callee arguments: (argument_list . (string) @argument))
            (string) @string
            (keyword_argument name: (identifier) @key value: (string) @keyed)
            (pair key: (_) @key value: (string) @keyed)
            (assignment left: (identifier) @key right: (string) @keyed)
            """;
    private static final String JS_QUERY = """
            (import_statement) @import
            (export_statement source: (_)) @export
            (call_expression function: (_) @callee arguments: (arguments . [(string) (template_string)] @argument))
            (string) @string
            (template_string) @string
            (pair key: (_) @key value: (string) @keyed)
            (variable_declarator name: (identifier) @key value: (string) @keyed)
            """;
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[rRbBuUfF]{0,2}(\"\"\"|'''|\"|'|`)");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("(\"\"\"|'''|\"|'|`)$");

    private final Map<SourceLanguage, TSParser> parsers = new EnumMap<>(SourceLanguage.class);
    private final Map<SourceLanguage, TSQuery> queries = new EnumMap<>(SourceLanguage.class);

    ModuleFacts extract(String path, SourceLanguage language, String text) {
        TSParser parser = parsers.computeIfAbsent(language, l -> {
            TSParser p = new TSParser();
            p.setLanguage(l.grammar());
            return p;
        });
        TSQuery query = queries.computeIfAbsent(language,
                l -> new TSQuery(parser.getLanguage(), l.isPython() ? PYTHON_QUERY : JS_QUERY));
        TSTree tree = parser.parseString(null, text);
        Walk walk = new Walk(text.getBytes(StandardCharsets.UTF_8), language.isPython());
        walk.run(tree.getRootNode(), query);
        int lines = text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        return new ModuleFacts(path, language, lines, walk.imports, walk.strings, walk.calls);
    }

    /** One pass over the nodes the query captures in a syntax tree. */
    private static final class Walk {
        private final byte[] source;
        private final boolean python;
        final List<ModuleFacts.Import> imports = new ArrayList<>();
        final List<ModuleFacts.StringLiteral> strings = new ArrayList<>();
        final List<ModuleFacts.Call> calls = new ArrayList<>();

        Walk(byte[] source, boolean python) {
            this.source = source;
            this.python = python;
        }

        /**
         * The query runs natively, so the walk costs a few calls into tree-sitter per import,
         * call or string instead of several per node of the tree (each call crosses JNI).
         */
        void run(TSNode root, TSQuery query) {
            try (TSQueryCursor cursor = new TSQueryCursor()) {
                cursor.exec(query, root);
                TSQueryMatch match = new TSQueryMatch();
                while (cursor.nextMatch(match)) {
                    TSNode key = null;
                    TSNode callee = null;
                    for (TSQueryCapture capture : match.getCaptures()) {
                        TSNode node = capture.getNode();
                        switch (query.getCaptureNameForId(capture.getIndex())) {
                            case "import" -> {
                                if (python) {
                                    pythonImport(node);
                                } else {
                                    jsSource(node);
                                }
                            }
                            case "from" -> pythonFromImport(node);
                            case "export" -> jsSource(node);
                            case "callee" -> callee = node;
                            case "argument" -> call(callee, node);
                            case "string" -> strings.add(new ModuleFacts.StringLiteral(stringValue(node), "", line(node)));
                            case "key" -> key = node;
                            case "keyed" -> strings.add(new ModuleFacts.StringLiteral(stringValue(node), unquote(text(key)), line(node)));
                            default -> { }
                        }
                    }
                }
            }
        }

        private void pythonImport(TSNode node) {
            for (int i = 0; i < node.getChildCount(); i++) {
                if ("name".equals(node.getFieldNameForChild(i))) {
                    imports.add(new ModuleFacts.Import(text(dottedName(node.getChild(i))), 0, List.of(), line(node)));
                }
            }
        }

        private void pythonFromImport(TSNode node) {
            TSNode module = node.getChildByFieldName("module_name");
            int level = 0;
            String specifier = "";
            if (module.getType().equals("relative_import")) {
                for (int i = 0; i < module.getNamedChildCount(); i++) {
                    TSNode part = module.getNamedChild(i);
                    if (part.getType().equals("import_prefix")) {
                        level = text(part).length();
                    } else {
                        specifier = text(part);
                    }
                }
            } else {
                specifier = text(module);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < node.getChildCount(); i++) {
                if ("name".equals(node.getFieldNameForChild(i))) {
                    names.add(text(dottedName(node.getChild(i))));
                }
            }
            imports.add(new ModuleFacts.Import(specifier, level, names, line(node)));
        }

        private static TSNode dottedName(TSNode name) {
            return name.getType().equals("aliased_import") ? name.getChildByFieldName("name") : name;
        }

        private void jsSource(TSNode node) {
            TSNode source = node.getChildByFieldName("source");
            if (!source.isNull()) {
                imports.add(new ModuleFacts.Import(stringValue(source), -1, List.of(), line(node)));
            }
        }

        /**
         * A call whose first argument is a string literal: the only calls the rules look at
         * (raw SQL, {@code text("…")}), and for JS/TS {@code require('x')} and {@code import('x')}.
         */
        private void call(TSNode function, TSNode argument) {
            String callee = function.getType().equals("import") ? "import" : text(function);
            String value = stringValue(argument);
            calls.add(new ModuleFacts.Call(callee, value, line(function)));
            if (!python && (callee.equals("require") || callee.equals("import")) && !text(argument).startsWith("`")) {
                imports.add(new ModuleFacts.Import(value, -1, List.of(), line(function)));
            }
        }

        /** A literal's content: prefixes and quotes stripped from its source text (escapes stay as written). */
        private String stringValue(TSNode node) {
            return CLOSING_QUOTE.matcher(OPENING_QUOTE.matcher(text(node)).replaceFirst("")).replaceFirst("");
        }

        private static String unquote(String key) {
            return key.replaceAll("^[\"'`]|[\"'`]$", "");
        }

        private String text(TSNode node) {
            if (node == null || node.isNull()) {
                return "";
            }
            return new String(source, node.getStartByte(), node.getEndByte() - node.getStartByte(), StandardCharsets.UTF_8);
        }

        private static int line(TSNode node) {
            return node.getStartPoint().getRow() + 1;
        }
    }
}
