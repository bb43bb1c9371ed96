package io.stackbench.verify;

import java.util.List;

/**
 * What the rules need to know about one source file, read from its syntax tree (so text in
 * comments never counts).
 *
 * @param path the file, relative to the project root, with {@code /} separators
 */
record ModuleFacts(String path, SourceLanguage language, int lines, List<Import> imports,
                   List<StringLiteral> strings, List<Call> calls) {

    ModuleFacts {
        imports = List.copyOf(imports);
        strings = List.copyOf(strings);
        calls = List.copyOf(calls);
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
     * A string literal, with the key it is the value of when it sits in a keyword argument or an
     * object property ({@code dialect: 'sqlite'}); the key is empty otherwise.
     */
    record StringLiteral(String value, String key, int line) {
    }

    /** A call whose first argument is a string literal, with its callee as written ({@code sequelize.query}). */
    record Call(String callee, String firstString, int line) {
    }
}
