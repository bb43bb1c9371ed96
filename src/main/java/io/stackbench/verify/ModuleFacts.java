package io.stackbench.verify;

import java.util.List;

/**
 * What the rules need to know about one source file, read from its syntax tree (so text in
 * comments never counts).
 *
 * @param path the file, relative to the project root, with {@code /} separators
 */
record ModuleFacts(String path, SourceLanguage language, int lines, List<Import> imports,
                   List<StringLiteral> strings, List<Call> calls, List<Binding> bindings, List<ClassDecl> classes,
                   List<Span> functions) {

    ModuleFacts {
        imports = List.copyOf(imports);
        strings = List.copyOf(strings);
        calls = List.copyOf(calls);
        bindings = List.copyOf(bindings);
        classes = List.copyOf(classes);
        functions = List.copyOf(functions);
    }

    /** The innermost function around a byte offset, or empty at module level. */
    java.util.Optional<Span> functionAt(int offset) {
        Span best = null;
        for (Span f : functions) {
            if (f.start() <= offset && offset < f.end() && (best == null || f.end() - f.start() < best.end() - best.start())) {
                best = f;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * One import: Python {@code import a.b} / {@code from ..a import b} ({@code level} counts the
     * dots), or JS/TS {@code import}, {@code export … from}, {@code require()}, {@code import()}
     * ({@code level} is -1).
     *
     * @param names the names a Python {@code from} import brings in (they may be submodules)
     */
    record Import(String specifier, int level, List<String> names, int line) {
        Import {
            names = List.copyOf(names);
        }
    }

    /**
     * A string literal, with the key it is the value of when it sits in a keyword argument, an
     * object property or an assignment ({@code dialect: 'sqlite'}); the key is empty otherwise.
     *
     * @param offset byte offset in the file, to place it inside a {@link Binding}
     * @param testOnly it sits where only tests reach it: under a {@code test} key, in a
     *                 {@code Testing…} class, or in the branch of an {@code if} on a test flag
     */
    record StringLiteral(String value, String key, int line, int offset, boolean testOnly) {
    }

    /** What a call's first argument is, as far as raw SQL is concerned. */
    enum Argument { NONE, STRING, TEMPLATE, IDENTIFIER, CALL, EXPRESSION }

    /**
     * A call (or {@code new}, or tagged template) with its callee as written
     * ({@code sequelize.query}, {@code new Koa}).
     *
     * @param firstString the first argument's content when it is a string or template
     * @param argumentText the first argument as written when it is an identifier or a call's callee
     * @param offset byte offset of its arguments, to find the function it is in
     */
    record Call(String callee, Argument argument, String firstString, String argumentText, int line, int offset) {
    }

    /** An assignment to a plain name, with the byte range and text of its value (for a small intra-file data flow). */
    record Binding(String name, int line, int start, int end, String valueText) {
    }

    /** A byte range of the file: a function's body, the scope of its variables. */
    record Span(int start, int end) {
    }

    /** A class declaration with its base classes or {@code extends} clause as written (empty when it has none). */
    record ClassDecl(String name, String bases, int line) {
    }
}
