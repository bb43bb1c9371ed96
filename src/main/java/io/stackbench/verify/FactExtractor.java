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
            (call function: (_) @callee arguments: (_) @arguments)
            (string) @string
            (keyword_argument name: (identifier) @key value: (string) @keyed)
            (pair key: (_) @key value: (string) @keyed)
            (assignment left: (identifier) @key right: (string) @keyed)
            (assignment left: (identifier) @bind right: (_) @bound)
            (augmented_assignment left: (identifier) @bind right: (_) @bound)
            (class_definition) @class
            (function_definition) @function
            """;
    private static final String JS_QUERY = """
            (import_statement) @import
            (export_statement source: (_)) @export
            (call_expression function: (_) @callee arguments: (_) @arguments)
            (new_expression constructor: (_) @constructor arguments: (arguments) @arguments)
            (string) @string
            (template_string) @string
            (pair key: (_) @key value: [(string) (template_string)] @keyed)
            (variable_declarator name: (identifier) @key value: (string) @keyed)
            (variable_declarator name: (identifier) @bind value: (_) @bound)
            (assignment_expression left: (identifier) @bind right: (_) @bound)
            (augmented_assignment_expression left: (identifier) @bind right: (_) @bound)
            (class_declaration) @class
            [(function_declaration) (function_expression) (arrow_function) (method_definition) (generator_function_declaration)] @function
            """;
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[rRbBuUfF]{0,2}(\"\"\"|'''|\"|'|`)");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("(\"\"\"|'''|\"|'|`)$");
    /** A condition on a test flag: {@code if TESTING:}, {@code NODE_ENV === 'test'}, {@code 'test' in sys.argv}. */
    private static final Pattern TEST_CONDITION = Pattern.compile("(?i)(\\btest(s|ing)?\\b|_test\\b|\\bis_?test|pytest|jest|vitest)");
    private static final Pattern NEGATION = Pattern.compile("!==|!=|\\bnot\\b|![A-Za-z_(]");
    private static final Pattern TEST_KEY = Pattern.compile("(?i)[\"'`]?(test|tests|testing)[\"'`]?");
    private static final int MAX_VALUE_TEXT = 4000;

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
        return new ModuleFacts(path, language, lines, walk.imports, walk.strings, walk.calls, walk.bindings, walk.classes, walk.functions);
    }

    /** One pass over the nodes the query captures in a syntax tree. */
    private static final class Walk {
        private final byte[] source;
        private final boolean python;
        final List<ModuleFacts.Import> imports = new ArrayList<>();
        final List<ModuleFacts.StringLiteral> strings = new ArrayList<>();
        final List<ModuleFacts.Call> calls = new ArrayList<>();
        final List<ModuleFacts.Binding> bindings = new ArrayList<>();
        final List<ModuleFacts.ClassDecl> classes = new ArrayList<>();
        final List<ModuleFacts.Span> functions = new ArrayList<>();

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
                    TSNode named = null;
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
                            case "constructor" -> named = node;
                            case "arguments" -> call(callee != null ? text(callee) : "new " + text(named), callee, node);
                            case "string" -> string(node, "");
                            case "key" -> key = node;
                            case "keyed" -> string(node, unquote(text(key)));
                            case "bind" -> key = node;
                            case "bound" -> bindings.add(new ModuleFacts.Binding(text(key), line(key), node.getStartByte(),
                                    node.getEndByte(), abbreviated(node)));
                            case "class" -> classDeclaration(node);
                            case "function" -> functions.add(new ModuleFacts.Span(node.getStartByte(), node.getEndByte()));
                            default -> { }
                        }
                    }
                }
            }
        }

        private void classDeclaration(TSNode node) {
            TSNode name = node.getChildByFieldName("name");
            String bases = "";
            if (python) {
                TSNode superclasses = node.getChildByFieldName("superclasses");
                bases = superclasses.isNull() ? "" : abbreviated(superclasses);
            } else {
                for (int i = 0; i < node.getNamedChildCount(); i++) {
                    if (node.getNamedChild(i).getType().equals("class_heritage")) {
                        bases = abbreviated(node.getNamedChild(i));
                    }
                }
            }
            classes.add(new ModuleFacts.ClassDecl(text(name), bases, line(node)));
        }

        private void string(TSNode node, String key) {
            String value = stringValue(node);
            boolean testOnly = DatabaseEvidence.candidate(value, key) && underTestOnly(node);
            strings.add(new ModuleFacts.StringLiteral(value, key, line(node), node.getStartByte(), testOnly));
        }

        /**
         * Whether only tests reach this node: it is a value under a {@code test} key, inside a
         * class named for testing, or in the branch an {@code if}/ternary on a test flag takes
         * for tests. Asked only of strings that could be database evidence, since each step up
         * the tree is a call into tree-sitter.
         */
        private boolean underTestOnly(TSNode node) {
            int at = node.getStartByte();
            TSNode current = node;
            for (int depth = 0; depth < 40; depth++) {
                TSNode parent = current.getParent();
                if (parent == null || parent.isNull()) {
                    return false;
                }
                switch (parent.getType()) {
                    case "pair" -> {
                        TSNode k = parent.getChildByFieldName("key");
                        if (!k.isNull() && k.getEndByte() <= at && TEST_KEY.matcher(text(k)).matches()) {
                            return true;
                        }
                    }
                    case "class_definition", "class_declaration" -> {
                        if (text(parent.getChildByFieldName("name")).matches("(?i).*test.*")) {
                            return true;
                        }
                    }
                    case "if_statement", "ternary_expression" -> {
                        if (inTestBranch(parent, at, text(parent.getChildByFieldName("condition")),
                                parent.getChildByFieldName("consequence"), parent.getChildByFieldName("alternative"))) {
                            return true;
                        }
                    }
                    case "conditional_expression" -> {
                        // Python's "a if cond else b" has no field names: value, condition, alternative.
                        if (parent.getNamedChildCount() == 3 && inTestBranch(parent, at, text(parent.getNamedChild(1)),
                                parent.getNamedChild(0), parent.getNamedChild(2))) {
                            return true;
                        }
                    }
                    default -> { }
                }
                current = parent;
            }
            return false;
        }

        private static boolean inTestBranch(TSNode conditional, int at, String condition, TSNode consequence, TSNode alternative) {
            if (!TEST_CONDITION.matcher(condition).find()) {
                return false;
            }
            TSNode branch = NEGATION.matcher(condition).find() ? alternative : consequence;
            return branch != null && !branch.isNull() && branch.getStartByte() <= at && at < branch.getEndByte();
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
                imports.add(new ModuleFacts.Import(stringValue(source), -1, namedImports(node), line(node)));
            }
        }

        /** The names in {@code import { a, b as c } from …}: some rules care what is imported, not only from where. */
        private List<String> namedImports(TSNode statement) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < statement.getNamedChildCount(); i++) {
                TSNode clause = statement.getNamedChild(i);
                if (!clause.getType().equals("import_clause")) {
                    continue;
                }
                for (int j = 0; j < clause.getNamedChildCount(); j++) {
                    TSNode named = clause.getNamedChild(j);
                    if (named.getType().equals("named_imports")) {
                        for (int k = 0; k < named.getNamedChildCount(); k++) {
                            TSNode specifier = named.getNamedChild(k);
                            if (specifier.getType().equals("import_specifier")) {
                                names.add(text(specifier.getChildByFieldName("name")));
                            }
                        }
                    }
                }
            }
            return names;
        }

        /**
         * A call with what its first argument is; JS/TS {@code require('x')} and {@code import('x')}
         * are also imports. A tagged template ({@code sql`SELECT …`}) is a call whose argument is the template.
         */
        private void call(String callee, TSNode function, TSNode arguments) {
            if (function != null && function.getType().equals("import")) {
                callee = "import";
            }
            TSNode first = arguments.getType().equals("template_string") ? arguments : firstArgument(arguments);
            ModuleFacts.Argument kind = ModuleFacts.Argument.NONE;
            String value = "";
            String argumentText = "";
            if (first != null) {
                switch (first.getType()) {
                    case "string" -> {
                        value = stringValue(first);
                        kind = python && hasChild(first, "interpolation") ? ModuleFacts.Argument.TEMPLATE : ModuleFacts.Argument.STRING;
                    }
                    case "template_string" -> {
                        value = stringValue(first);
                        kind = hasChild(first, "template_substitution") ? ModuleFacts.Argument.TEMPLATE : ModuleFacts.Argument.STRING;
                    }
                    case "identifier" -> {
                        kind = ModuleFacts.Argument.IDENTIFIER;
                        argumentText = text(first);
                    }
                    case "call", "call_expression" -> {
                        kind = ModuleFacts.Argument.CALL;
                        argumentText = text(first.getChildByFieldName("function"));
                    }
                    default -> {
                        kind = ModuleFacts.Argument.EXPRESSION;
                        argumentText = abbreviated(first);
                    }
                }
            }
            int line = line(function != null ? function : arguments);
            calls.add(new ModuleFacts.Call(callee, kind, value, argumentText, line, arguments.getStartByte()));
            if (!python && (callee.equals("require") || callee.equals("import")) && kind == ModuleFacts.Argument.STRING
                    && first.getType().equals("string")) {
                imports.add(new ModuleFacts.Import(value, -1, List.of(), line));
            }
        }

        private static TSNode firstArgument(TSNode arguments) {
            for (int i = 0; i < arguments.getNamedChildCount(); i++) {
                TSNode child = arguments.getNamedChild(i);
                if (!child.getType().equals("comment")) {
                    return child;
                }
            }
            return null;
        }

        /** An f-string's interpolation or a template literal's substitution. */
        private static boolean hasChild(TSNode literal, String type) {
            for (int i = 0; i < literal.getNamedChildCount(); i++) {
                if (literal.getNamedChild(i).getType().equals(type)) {
                    return true;
                }
            }
            return false;
        }

        private String abbreviated(TSNode node) {
            int length = Math.min(node.getEndByte() - node.getStartByte(), MAX_VALUE_TEXT);
            return new String(source, node.getStartByte(), length, StandardCharsets.UTF_8);
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
