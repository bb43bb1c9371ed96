package io.stackbench.verify;

import java.util.Optional;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** The languages the verifiers parse, chosen by file extension. */
enum SourceLanguage {
    PYTHON, JAVASCRIPT, TYPESCRIPT, TSX;

    static Optional<SourceLanguage> of(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".py")) {
            return Optional.of(PYTHON);
        }
        if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs") || name.endsWith(".jsx")) {
            return Optional.of(JAVASCRIPT);
        }
        if (name.endsWith(".d.ts")) {
            return Optional.empty();
        }
        if (name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts")) {
            return Optional.of(TYPESCRIPT);
        }
        if (name.endsWith(".tsx")) {
            return Optional.of(TSX);
        }
        return Optional.empty();
    }

    boolean isPython() {
        return this == PYTHON;
    }

    TSLanguage grammar() {
        return switch (this) {
            case PYTHON -> new TreeSitterPython();
            case JAVASCRIPT -> new TreeSitterJavascript();
            case TYPESCRIPT -> new TreeSitterTypescript();
            case TSX -> new TreeSitterTsx();
        };
    }
}
