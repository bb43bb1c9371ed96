package io.stackbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dependency manifest ({@code requirements*.txt} or {@code package.json}) and the packages it
 * declares, each with the line it is declared on.
 */
record Manifest(String path, Map<String, Integer> packages) {

    Manifest {
        packages = Map.copyOf(packages);
    }

    static boolean isManifest(String fileName) {
        return fileName.equals("package.json") || (fileName.startsWith("requirements") && fileName.endsWith(".txt"));
    }

    static Optional<Manifest> parse(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("package.json") ? packageJson(path, text) : Optional.of(requirements(path, text));
    }

    /** Python package names are compared normalised (PEP 503): lower case, runs of -_. as one dash. */
    static String normalisePython(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static Manifest requirements(String path, String text) {
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
        return new Manifest(path, packages);
    }

    private static Optional<Manifest> packageJson(String path, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, Integer> packages = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (String section : List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")) {
            root.path(section).fieldNames().forEachRemaining(dep -> packages.putIfAbsent(dep, lineOf(lines, "\"" + dep + "\"")));
        }
        return Optional.of(new Manifest(path, packages));
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
