package io.stackbench.verify;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The imports of a project resolved to its own files, or to external packages: Python absolute
 * and relative imports against the project's package roots, JS/TS specifiers with Node's rules
 * (relative paths, extensions, {@code index} files) and {@code tsconfig} paths.
 */
final class ImportGraph {

    /**
     * One resolved import: to a project file, or to an external package.
     *
     * @param names the names it brings in, where the syntax lists them ({@code import { Injectable } from …})
     */
    record Edge(String from, Optional<String> toFile, Optional<String> external, int line, String specifier, List<String> names) {
        Edge {
            names = List.copyOf(names);
        }
    }

    private static final List<String> JS_EXTENSIONS = List.of(".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts", ".json");

    private final Set<String> files;
    private final Map<String, String> pythonModules = new HashMap<>();
    /** The first segment of every local module: an import starting with one is the project's own. */
    private final Set<String> pythonTopLevels = new java.util.HashSet<>();
    /** File → its dotted module name (under the first package root that holds it), for relative imports. */
    private final Map<String, String> pythonNames = new HashMap<>();
    private final Map<String, List<String>> tsPaths = new LinkedHashMap<>();
    private String tsBaseUrl = "";
    private final List<Edge> edges = new ArrayList<>();

    ImportGraph(List<ModuleFacts> modules, Set<String> allFiles, Optional<String> tsconfig) {
        this.files = allFiles;
        indexPythonModules(modules);
        tsconfig.ifPresent(this::readTsconfig);
        for (ModuleFacts module : modules) {
            for (ModuleFacts.Import imp : module.imports()) {
                if (module.language().isPython()) {
                    resolvePython(module.path(), imp);
                } else {
                    resolveJs(module.path(), imp);
                }
            }
        }
    }

    List<Edge> edges() {
        return edges;
    }

    private void indexPythonModules(List<ModuleFacts> modules) {
        for (ModuleFacts m : modules) {
            if (!m.language().isPython()) {
                continue;
            }
            for (String root : List.of("", "src/", "app/")) {
                if (!m.path().startsWith(root)) {
                    continue;
                }
                String dotted = m.path().substring(root.length(), m.path().length() - 3).replace('/', '.');
                if (dotted.endsWith("__init__")) {
                    dotted = dotted.equals("__init__") ? "" : dotted.substring(0, dotted.length() - ".__init__".length());
                }
                if (!dotted.isEmpty()) {
                    pythonModules.putIfAbsent(dotted, m.path());
                    pythonTopLevels.add(dotted.split("\\.")[0]);
                    pythonNames.putIfAbsent(m.path(), dotted);
                }
            }
        }
    }

    private void resolvePython(String from, ModuleFacts.Import imp) {
        String module = imp.specifier();
        if (imp.level() > 0) {
            String base = pythonPackageOf(from);
            for (int i = 1; i < imp.level() && !base.isEmpty(); i++) {
                base = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : "";
            }
            module = base.isEmpty() ? module : (module.isEmpty() ? base : base + "." + module);
        }
        boolean linked = false;
        for (String name : imp.names()) {
            String sub = module.isEmpty() ? name : module + "." + name;
            if (pythonModules.containsKey(sub)) {
                edges.add(new Edge(from, Optional.of(pythonModules.get(sub)), Optional.empty(), imp.line(), sub, imp.names()));
                linked = true;
            }
        }
        if (linked) {
            return;
        }
        if (pythonModules.containsKey(module)) {
            edges.add(new Edge(from, Optional.of(pythonModules.get(module)), Optional.empty(), imp.line(), module, imp.names()));
        } else if (imp.level() == 0 && !module.isEmpty()) {
            String top = module.split("\\.")[0];
            if (!pythonTopLevels.contains(top)) {
                edges.add(new Edge(from, Optional.empty(), Optional.of(top), imp.line(), module, imp.names()));
            }
        }
    }

    /** The dotted package a Python file belongs to (for relative imports). */
    private String pythonPackageOf(String path) {
        String dotted = pythonNames.getOrDefault(path, "");
        if (path.endsWith("__init__.py")) {
            return dotted;
        }
        return dotted.contains(".") ? dotted.substring(0, dotted.lastIndexOf('.')) : "";
    }

    private void resolveJs(String from, ModuleFacts.Import imp) {
        String spec = imp.specifier();
        if (spec.startsWith(".") || spec.startsWith("/")) {
            String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
            String joined = spec.startsWith("/") ? spec.substring(1) : normalise(dir.isEmpty() ? spec : dir + "/" + spec);
            resolveJsFile(joined).ifPresent(target ->
                    edges.add(new Edge(from, Optional.of(target), Optional.empty(), imp.line(), spec, imp.names())));
            return;
        }
        for (Map.Entry<String, List<String>> alias : tsPaths.entrySet()) {
            String pattern = alias.getKey();
            String prefix = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
            if (pattern.endsWith("*") ? spec.startsWith(prefix) : spec.equals(pattern)) {
                String rest = spec.substring(prefix.length());
                for (String target : alias.getValue()) {
                    String candidate = normalise(tsBaseUrl + (target.endsWith("*") ? target.substring(0, target.length() - 1) + rest : target));
                    Optional<String> file = resolveJsFile(candidate);
                    if (file.isPresent()) {
                        edges.add(new Edge(from, file, Optional.empty(), imp.line(), spec, imp.names()));
                        return;
                    }
                }
            }
        }
        String name = spec.startsWith("node:") ? spec.substring(5) : spec;
        String[] parts = name.split("/");
        String pkg = name.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
        edges.add(new Edge(from, Optional.empty(), Optional.of(pkg), imp.line(), spec, imp.names()));
    }

    private Optional<String> resolveJsFile(String base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        // TypeScript sources import their compiled name: './x.js' means './x.ts'.
        if (base.endsWith(".js")) {
            String stem = base.substring(0, base.length() - 3);
            candidates.add(stem + ".ts");
            candidates.add(stem + ".tsx");
        }
        JS_EXTENSIONS.forEach(ext -> candidates.add(base + ext));
        JS_EXTENSIONS.forEach(ext -> candidates.add(base + "/index" + ext));
        return candidates.stream().filter(files::contains).findFirst();
    }

    private void readTsconfig(String text) {
        try {
            JsonNode options = JsonMapper.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .build().readTree(text).path("compilerOptions");
            String baseUrl = options.path("baseUrl").asText(".");
            tsBaseUrl = normalise(baseUrl).isEmpty() ? "" : normalise(baseUrl) + "/";
            options.path("paths").fields().forEachRemaining(e -> {
                List<String> targets = new ArrayList<>();
                e.getValue().forEach(t -> targets.add(t.asText()));
                tsPaths.put(e.getKey(), targets);
            });
        } catch (Exception e) {
            // An unreadable tsconfig only loses path aliases.
        }
    }

    /** Resolves {@code .} and {@code ..} segments; a path that climbs above the root stays outside every file. */
    static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return "../" + path;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
