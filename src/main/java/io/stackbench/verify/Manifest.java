package io.stackbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dependency manifest ({@code requirements*.txt}, {@code pyproject.toml}, {@code Pipfile} or
 * {@code package.json}) and the packages it declares, each with the line it is declared on.
 *
 * @param development the packages declared only for development and tests (devDependencies, dev
 *                    groups, {@code requirements-test.txt}): they say nothing of what the service runs on
 */
record Manifest(String path, Map<String, Integer> packages, Set<String> development) {

    private static final Pattern DEV_REQUIREMENTS = Pattern.compile("(?i).*(dev|test|ci|lint|doc|local).*");
    private static final Pattern DEV_GROUP = Pattern.compile("(?i)(dev|develop|development|test|tests|testing|lint|docs?|ci|typing)");
    private static final Pattern REQUIREMENT_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

    Manifest {
        packages = Map.copyOf(packages);
        development = Set.copyOf(development);
    }

    static boolean isManifest(String fileName) {
        return fileName.equals("package.json") || fileName.equals("pyproject.toml") || fileName.equals("Pipfile")
                || (fileName.startsWith("requirements") && fileName.endsWith(".txt"));
    }

    boolean python() {
        return !path.endsWith("package.json");
    }

    /** True when the package is declared for the running service, not only for development. */
    boolean runtime(String pkg) {
        return packages.containsKey(pkg) && !development.contains(pkg);
    }

    static Optional<Manifest> parse(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return switch (name) {
            case "package.json" -> packageJson(path, text);
            case "pyproject.toml" -> pyproject(path, text);
            case "Pipfile" -> pipfile(path, text);
            default -> Optional.of(requirements(path, text, DEV_REQUIREMENTS.matcher(path).matches()));
        };
    }

    /** Python package names are compared normalised (PEP 503): lower case, runs of -_. as one dash. */
    static String normalisePython(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static Manifest requirements(String path, String text, boolean development) {
        Map<String, Integer> packages = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("#.*", "").strip();
            if (line.isEmpty() || line.startsWith("-")) {
                continue;
            }
            String name = line.split("[\\[<>=!~;@ ]", 2)[0];
            if (!name.isEmpty()) {
                packages.putIfAbsent(normalisePython(name), i + 1);
            }
        }
        return new Manifest(path, packages, development ? packages.keySet() : Set.of());
    }

    private static Optional<Manifest> packageJson(String path, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (Exception e) {
            return Optional.empty();
        }
        Map<String, Integer> packages = new LinkedHashMap<>();
        Set<String> runtime = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (String section : List.of("dependencies", "optionalDependencies", "peerDependencies", "devDependencies")) {
            root.path(section).fieldNames().forEachRemaining(dep -> {
                packages.putIfAbsent(dep, lineOf(lines, "\"" + dep + "\""));
                if (!section.equals("devDependencies")) {
                    runtime.add(dep);
                }
            });
        }
        Set<String> development = new HashSet<>(packages.keySet());
        development.removeAll(runtime);
        return Optional.of(new Manifest(path, packages, development));
    }

    /** PEP 621 {@code [project]}, PEP 735 dependency groups, and Poetry's tables. */
    private static Optional<Manifest> pyproject(String path, String text) {
        return toml(text).map(root -> {
            Collector collector = new Collector(text);
            collector.requirementList(root.path("project").path("dependencies"), false);
            root.path("project").path("optional-dependencies").fields()
                    .forEachRemaining(e -> collector.requirementList(e.getValue(), DEV_GROUP.matcher(e.getKey()).matches()));
            root.path("dependency-groups").fields().forEachRemaining(e -> collector.requirementList(e.getValue(), true));
            JsonNode poetry = root.path("tool").path("poetry");
            collector.names(poetry.path("dependencies"), false);
            collector.names(poetry.path("dev-dependencies"), true);
            poetry.path("group").fields().forEachRemaining(e ->
                    collector.names(e.getValue().path("dependencies"), DEV_GROUP.matcher(e.getKey()).matches()));
            return collector.manifest(path);
        });
    }

    private static Optional<Manifest> pipfile(String path, String text) {
        return toml(text).map(root -> {
            Collector collector = new Collector(text);
            collector.names(root.path("packages"), false);
            collector.names(root.path("dev-packages"), true);
            return collector.manifest(path);
        });
    }

    /** A TOML manifest that does not parse is no manifest, as an unparsable package.json is not. */
    private static Optional<JsonNode> toml(String text) {
        try {
            return Optional.of(new TomlMapper().readTree(text));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Gathers Python packages from TOML tables and arrays, with the line each name first appears on. */
    private static final class Collector {
        private final List<String> lines;
        private final Map<String, Integer> packages = new LinkedHashMap<>();
        private final Set<String> runtime = new HashSet<>();

        Collector(String text) {
            this.lines = text.lines().toList();
        }

        void requirementList(JsonNode list, boolean development) {
            list.forEach(item -> {
                var m = REQUIREMENT_NAME.matcher(item.asText());
                if (m.find()) {
                    add(m.group(1), development);
                }
            });
        }

        void names(JsonNode table, boolean development) {
            table.fieldNames().forEachRemaining(name -> {
                if (!name.equalsIgnoreCase("python")) {
                    add(name, development);
                }
            });
        }

        private void add(String name, boolean development) {
            String normalised = normalisePython(name);
            packages.putIfAbsent(normalised, lineOf(lines, name));
            if (!development) {
                runtime.add(normalised);
            }
        }

        Manifest manifest(String path) {
            Set<String> development = new HashSet<>(packages.keySet());
            development.removeAll(runtime);
            return new Manifest(path, packages, development);
        }
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }
}
