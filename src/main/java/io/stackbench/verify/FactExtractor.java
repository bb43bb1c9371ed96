package io.stackbench.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Parses one file with tree-sitter and collects its imports, string literals and calls. One
 * extractor holds one parser per language; it is not thread-safe.
 */
final class FactExtractor {

    private final java.util.Map<SourceLanguage, TSParser> parsers = new java.util.EnumMap<>(SourceLanguage.class);

    ModuleFacts extract(String path, SourceLanguage language, String text) {
        TSParser parser = parsers.computeIfAbsent(language, l -> {
            TSParser p = new TSParser();
            p.setLanguage(l.grammar());
            return p;
        });
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        TSTree tree = parser.parseString(null, text);
        Walk walk = new Walk(utf8, language.isPython());
        walk.run(tree.getRootNode());
        int lines = text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        return new ModuleFacts(path, language, lines, walk.imports, walk.strings, walk.calls);
    }

    /** One pass over a syntax tree. */
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

        void run(TSNode root) {
            // Iterative, so a deeply nested generated file cannot overflow the stack.
            Deque<TSNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                TSNode node = stack.pop();
                visit(node);
                for (int i = node.getChildCount() - 1; i >= 0; i--) {
                    stack.push(node.getChild(i));
                }
            }
        }

        private void visit(TSNode node) {
            switch (node.getType()) {
                case "import_statement" -> {
                    if (python) {
                        pythonImport(node);
                    } else {
                        jsSource(node);
                    }
                }
                case "import_from_statement" -> pythonFromImport(node);
                case "export_statement" -> jsSource(node);
                case "call" -> call(node, "function", "arguments");
                case "call_expression" -> {
                    call(node, "function", "arguments");
                    jsRequire(node);
                }
                case "string", "template_string" -> {
                    if (!isDocstringOrPart(node)) {
                        strings.add(new ModuleFacts.StringLiteral(stringValue(node), keyOf(node), line(node)));
                    }
                }
                default -> { }
            }
        }

        private void pythonImport(TSNode node) {
            for (int i = 0; i < node.getChildCount(); i++) {
                if ("name".equals(node.getFieldNameForChild(i))) {
                    TSNode name = node.getChild(i);
                    TSNode dotted = name.getType().equals("aliased_import") ? name.getChildByFieldName("name") : name;
                    imports.add(new ModuleFacts.Import(text(dotted), 0, List.of(), line(node)));
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
                    TSNode name = node.getChild(i);
                    TSNode dotted = name.getType().equals("aliased_import") ? name.getChildByFieldName("name") : name;
                    names.add(text(dotted));
                }
            }
            imports.add(new ModuleFacts.Import(specifier, level, names, line(node)));
        }

        private void jsSource(TSNode node) {
            TSNode source = node.getChildByFieldName("source");
            if (!source.isNull()) {
                imports.add(new ModuleFacts.Import(stringValue(source), -1, List.of(), line(node)));
            }
        }

        /** {@code require('x')} and {@code import('x')} with a literal specifier. */
        private void jsRequire(TSNode node) {
            TSNode function = node.getChildByFieldName("function");
            String callee = function.getType().equals("import") ? "import" : text(function);
            if (!callee.equals("require") && !callee.equals("import")) {
                return;
            }
            TSNode first = firstArgument(node.getChildByFieldName("arguments"));
            if (first != null && first.getType().equals("string")) {
                imports.add(new ModuleFacts.Import(stringValue(first), -1, List.of(), line(node)));
            }
        }

        private void call(TSNode node, String functionField, String argumentsField) {
            TSNode function = node.getChildByFieldName(functionField);
            if (function.isNull()) {
                return;
            }
            TSNode first = firstArgument(node.getChildByFieldName(argumentsField));
            String firstString = first != null && (first.getType().equals("string") || first.getType().equals("template_string"))
                    ? stringValue(first) : "";
            calls.add(new ModuleFacts.Call(text(function), firstString, line(node)));
        }

        private static TSNode firstArgument(TSNode arguments) {
            if (arguments.isNull() || arguments.getNamedChildCount() == 0) {
                return null;
            }
            return arguments.getNamedChild(0);
        }

        /** Docstrings are prose; string pieces inside f-strings/concatenations are covered by their parent. */
        private boolean isDocstringOrPart(TSNode node) {
            TSNode parent = node.getParent();
            if (parent.isNull()) {
                return false;
            }
            return python && parent.getType().equals("expression_statement") && parent.getNamedChildCount() == 1;
        }

        private String keyOf(TSNode node) {
            TSNode parent = node.getParent();
            if (parent.isNull()) {
                return "";
            }
            return switch (parent.getType()) {
                case "keyword_argument" -> text(parent.getChildByFieldName("name"));
                case "pair" -> {
                    TSNode key = parent.getChildByFieldName("key");
                    yield key.isNull() || TSNode.eq(key, node) ? "" : (key.getType().equals("string") ? stringValue(key) : text(key));
                }
                case "assignment" -> text(parent.getChildByFieldName("left"));
                case "variable_declarator" -> text(parent.getChildByFieldName("name"));
                default -> "";
            };
        }

        private String stringValue(TSNode node) {
            StringBuilder value = new StringBuilder();
            boolean pieces = false;
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                TSNode part = node.getNamedChild(i);
                if (part.getType().equals("string_content") || part.getType().equals("string_fragment")) {
                    value.append(text(part));
                    pieces = true;
                }
            }
            if (pieces) {
                return value.toString();
            }
            // Template strings and grammars without fragment nodes: strip prefixes and quotes.
            String raw = text(node);
            return raw.replaceAll("^[rRbBuUfF]*(\"\"\"|'''|\"|'|`)", "").replaceAll("(\"\"\"|'''|\"|'|`)$", "");
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
